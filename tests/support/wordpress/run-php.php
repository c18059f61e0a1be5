<?php
/*
 * Runs a test's PHP inside the test site as one of its users, the way wp-admin would act for them: loads
 * WordPress, signs the user in for this request (wp_set_current_user) and includes the file. Whatever the file
 * prints is the output; an uncaught error exits non-zero. Run by wordpress-server php DIR --user LOGIN FILE|-.
 *
 * Environment: BYLINE_WP_DIR (the server's DIR), BYLINE_WP_URL (http://127.0.0.1:PORT).
 */

$login = $argv[1] ?? '';
$file  = $argv[2] ?? '';
if ( '' === $file ) {
	fwrite( STDERR, "run-php.php: run by wordpress-server php DIR --user LOGIN FILE|-\n" );
	exit( 2 );
}
require __DIR__ . '/command-line-request.php';

// The code from stdin goes to a file of its own so errors name a line in it.
$code_file = $file;
if ( '-' === $file ) {
	$code_file = tempnam( $dir . '/run', 'php-' );
	file_put_contents( $code_file, stream_get_contents( STDIN ) );
	register_shutdown_function(
		static function () use ( $code_file ) {
			@unlink( $code_file );
		}
	);
}
if ( ! is_readable( $code_file ) ) {
	fwrite( STDERR, "run-php.php: cannot read $file\n" );
	exit( 2 );
}

require $dir . '/wp/wp-load.php';
// What a wp-admin request has that the command line lacks.
require_once ABSPATH . 'wp-admin/includes/admin.php';

if ( '' !== $login ) {
	$user = get_user_by( 'login', $login );
	if ( ! $user ) {
		fwrite( STDERR, "run-php.php: no user $login\n" );
		exit( 2 );
	}
	wp_set_current_user( $user->ID );
}

// WordPress keeps errors off the output (WP_DEBUG_DISPLAY); the test wants to read why its PHP failed.
register_shutdown_function(
	static function () {
		$error = error_get_last();
		if ( $error && in_array( $error['type'], array( E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR ), true ) ) {
			fwrite( STDERR, "run-php.php: {$error['message']} in {$error['file']}:{$error['line']}\n" );
		}
	}
);

// Inside a function: the code's variables stay its own.
( static function ( $byline_code_file ) {
	require $byline_code_file;
} )( $code_file );
