<?php
/*
 * Installs the test site from the command line, as wp-admin/install.php would from a browser, then gives it the
 * newsroom's users, each with an Application Password. Run by wordpress-server; prints the site description
 * (JSON) on stdout.
 *
 * Environment: BYLINE_WP_DIR (the server's DIR), BYLINE_WP_URL (http://127.0.0.1:PORT).
 */

require __DIR__ . '/command-line-request.php';

define( 'WP_INSTALLING', true );
// The site's copy of wp-load.php: it sets ABSPATH to DIR/wp/ and loads the site's wp-config.php.
require $dir . '/wp/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// Login passwords of a throwaway site need no expensive hash (bcrypt at its default cost is about 0.2 s each).
add_filter(
	'wp_hash_password_options',
	static function ( $options ) {
		return array_merge( $options, array( 'cost' => 4 ) );
	}
);

// wp_install() would otherwise probe permalink structures with HTTP requests to the site.
$pretty_permalinks = static function () {
	return '/%postname%/';
};
add_filter( 'pre_option_permalink_structure', $pretty_permalinks );
$admin_password = wp_generate_password( 20, false );
$installed      = wp_install( '강원일보 테스트', 'admin', 'admin@newsroom.example', false, '', $admin_password );
remove_filter( 'pre_option_permalink_structure', $pretty_permalinks );
if ( is_wp_error( $installed ) || empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "install-site.php: wp_install failed\n" );
	exit( 1 );
}

update_option( 'permalink_structure', '/%postname%/' );
// Rebuilt with the REST API's rules on the first request.
delete_option( 'rewrite_rules' );
update_option( 'timezone_string', 'Asia/Seoul' );
update_option( 'gmt_offset', '' );
update_option( 'blogdescription', '바이라인 발행 시험용 사이트' );

// A reporter files stories and uploads photos but publishes nothing: a Contributor who may upload.
$contributor = get_role( 'contributor' );
add_role( 'byline_reporter', 'Byline reporter', array_merge( $contributor->capabilities, array( 'upload_files' => true ) ) );

$people = array(
	'reporter' => array(
		'role' => 'byline_reporter',
		'name' => '김민지',
	),
	'desk'     => array(
		'role' => 'editor',
		'name' => '박서준',
	),
	'author'   => array(
		'role' => 'author',
		'name' => '이하늘',
	),
	'admin'    => array(
		'role' => 'administrator',
		'name' => '관리자',
	),
);

$users = array();
foreach ( $people as $login => $person ) {
	$login_password = 'admin' === $login ? $admin_password : wp_generate_password( 20, false );
	$fields         = array(
		'user_login'   => $login,
		'user_pass'    => $login_password,
		'user_email'   => $login . '@newsroom.example',
		'display_name' => $person['name'],
		'nickname'     => $person['name'],
		'role'         => $person['role'],
	);
	if ( 'admin' === $login ) {
		$fields['ID'] = (int) $installed['user_id'];
		unset( $fields['user_pass'] );
		$user_id = wp_update_user( $fields );
	} else {
		$user_id = wp_insert_user( $fields );
	}
	if ( is_wp_error( $user_id ) ) {
		fwrite( STDERR, "install-site.php: user $login: " . $user_id->get_error_message() . "\n" );
		exit( 1 );
	}
	$created = WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'Byline tests' ) );
	if ( is_wp_error( $created ) ) {
		fwrite( STDERR, "install-site.php: application password for $login: " . $created->get_error_message() . "\n" );
		exit( 1 );
	}
	$users[ $login ] = array(
		'user'          => $login,
		'password'      => $created[0],
		'id'            => (int) $user_id,
		'role'          => $person['role'],
		'name'          => $person['name'],
		'email'         => $fields['user_email'],
		'loginPassword' => $login_password,
	);
}

$categories = array();
foreach ( array( '사회' => 'society' ) as $name => $slug ) {
	$term = wp_insert_term( $name, 'category', array( 'slug' => $slug ) );
	if ( is_wp_error( $term ) ) {
		fwrite( STDERR, "install-site.php: category $name: " . $term->get_error_message() . "\n" );
		exit( 1 );
	}
	$categories[ $name ] = (int) $term['term_id'];
}

echo wp_json_encode(
	array(
		'url'        => $url,
		'restUrl'    => $url . '/wp-json/',
		'port'       => (int) $parts['port'],
		'dir'        => $dir,
		'title'      => get_option( 'blogname' ),
		'wordpress'  => get_bloginfo( 'version' ),
		'users'      => $users,
		'categories' => $categories,
	),
	JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES
);
