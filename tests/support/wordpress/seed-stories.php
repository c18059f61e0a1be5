<?php
/*
 * Files many stories at once for the desk tests and benchmarks, as Byline and the connector would have left them:
 * posts with a Byline UUID and story structure, some locked by someone (WordPress's _edit_lock), some with desk
 * notes (comments of type note with their own status, as the connector keeps them). Included by
 * WordPressServer::seedStories() through wordpress-server php, with $byline_seed set:
 *   count, author (login), status, section (category id or 0), locked_every, locked_by (login), noted_every,
 *   title (a prefix; the story's number follows).
 * The notes are by the user running it. Prints the new posts' ids as a JSON array, oldest first.
 *
 * Rows go in with a few multi-row INSERTs instead of wp_insert_post() per story (which runs every hook, some
 * thirty queries a story): 500 stories take a second or two, not half a minute on a loaded machine.
 */

global $wpdb;

$seed   = $byline_seed;
$author = get_user_by( 'login', $seed['author'] );
$locker = get_user_by( 'login', $seed['locked_by'] );
$noter  = wp_get_current_user();
$count  = (int) $seed['count'];
if ( ! $author || ! $locker || ! $noter->exists() || $count < 1 || $count > 100000 ) {
	throw new RuntimeException( 'seed-stories.php: unknown author, locking or noting user, or a bad count' );
}

$now   = time();
$batch = 'byline-seed:' . wp_generate_uuid4() . ':';
$uuids = array();
$rows  = array();
for ( $i = 1; $i <= $count; $i++ ) {
	$uuid          = wp_generate_uuid4();
	$uuids[ $i ]   = $uuid;
	$title         = $seed['title'] . ' ' . $i;
	// Spread over the last hours, a few seconds apart, so "newest first" has an order to keep.
	$gmt           = gmdate( 'Y-m-d H:i:s', $now - ( $count - $i ) * 5 );
	$local         = get_date_from_gmt( $gmt );
	$rows[]        = $wpdb->prepare(
		"(%d, %s, %s, %s, %s, '', %s, 'closed', 'closed', '', '', '', %s, %s, '', 0, %s, 0, 'post', 0)",
		$author->ID,
		$local,
		'pending' === $seed['status'] || 'draft' === $seed['status'] ? '0000-00-00 00:00:00' : $gmt,
		'<p>' . esc_html( $title ) . ' 본문. 강원도 산불 현장에서 보낸 기사.</p>',
		$title,
		$seed['status'],
		$local,
		$gmt,
		$batch . $i
	);
}

$wpdb->query( 'START TRANSACTION' );
$insert = static function ( $sql ) use ( $wpdb ) {
	if ( false === $wpdb->query( $sql ) ) {
		$wpdb->query( 'ROLLBACK' );
		throw new RuntimeException( 'seed-stories.php: ' . $wpdb->last_error );
	}
};
foreach ( array_chunk( $rows, 200 ) as $chunk ) {
	$insert(
		"INSERT INTO $wpdb->posts (post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt,
			post_status, comment_status, ping_status, post_password, post_name, to_ping, post_modified,
			post_modified_gmt, pinged, post_parent, guid, menu_order, post_type, comment_count) VALUES " . implode( ',', $chunk )
	);
}

$ids = array();
foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT ID, guid FROM $wpdb->posts WHERE guid LIKE %s", $wpdb->esc_like( $batch ) . '%' ) ) as $row ) {
	$ids[ (int) substr( $row->guid, strlen( $batch ) ) ] = (int) $row->ID;
}
ksort( $ids );
if ( count( $ids ) !== $count ) {
	$wpdb->query( 'ROLLBACK' );
	throw new RuntimeException( 'seed-stories.php: inserted ' . count( $ids ) . " of $count posts" );
}

$meta     = array();
$comments = array();
$terms    = array();
$section  = (int) $seed['section'];
$taxonomy = $section ? (int) $wpdb->get_var( $wpdb->prepare( "SELECT term_taxonomy_id FROM $wpdb->term_taxonomy WHERE term_id = %d AND taxonomy = 'category'", $section ) ) : 0;
foreach ( $ids as $i => $id ) {
	// The Byline article JSON (Article::toJson(), docs/article-format.md) with its format marker and version, as
	// Byline writes it with a post: without them Byline refuses it as not a Byline article.
	$title  = $seed['title'] . ' ' . $i;
	$when   = gmdate( 'Y-m-d\\TH:i:s\\Z', $now - ( $count - $i ) * 5 );
	$story  = array(
		'format'    => 'byline-article',
		'version'   => 1,
		'uuid'      => $uuids[ $i ],
		'headline'  => $title,
		'deck'      => '',
		'byline'    => array(
			'outlet'    => '',
			'reporters' => array( array( 'name' => $author->display_name, 'email' => '' ) ),
		),
		'section'   => '사회',
		'tags'      => array(),
		'slug'      => '',
		'summary'   => '',
		'dateline'  => '',
		'body'      => '<p>' . esc_html( $title ) . ' 본문. 강원도 산불 현장에서 보낸 기사.</p>',
		'leadPhoto' => '',
		'created'   => $when,
		'modified'  => $when,
		'embargo'   => '',
		'status'    => 'publish' === $seed['status'] ? 'published' : ( 'draft' === $seed['status'] ? 'draft' : 'submitted' ),
		'revision'  => 0,
		'photos'    => array(),
	);
	$meta[] = $wpdb->prepare( '(%d, %s, %s)', $id, 'byline_uuid', $uuids[ $i ] );
	$meta[] = $wpdb->prepare( '(%d, %s, %s)', $id, 'byline_story', wp_json_encode( $story, JSON_UNESCAPED_UNICODE ) );
	if ( $seed['locked_every'] > 0 && 0 === $i % $seed['locked_every'] ) {
		$meta[] = $wpdb->prepare( '(%d, %s, %s)', $id, '_edit_lock', ( $now - 10 ) . ':' . $locker->ID );
		$meta[] = $wpdb->prepare( '(%d, %s, %s)', $id, 'byline_lock_since', (string) ( $now - 10 ) );
	}
	if ( $seed['noted_every'] > 0 && 0 === $i % $seed['noted_every'] ) {
		foreach ( array( '첫 문단을 줄여 주세요.', '사진 설명을 확인했습니다.' ) as $n => $text ) {
			$gmt        = gmdate( 'Y-m-d H:i:s', $now - 30 + $n );
			$comments[] = $wpdb->prepare(
				"(%d, %s, %s, '', '127.0.0.1', %s, %s, %s, 0, 'byline-note', 'Byline', 'note', 0, %d)",
				$id,
				$noter->display_name,
				$noter->user_email,
				get_date_from_gmt( $gmt ),
				$gmt,
				$text,
				$noter->ID
			);
		}
	}
	if ( $taxonomy ) {
		$terms[] = $wpdb->prepare( '(%d, %d, 0)', $id, $taxonomy );
	}
}
foreach ( array_chunk( $meta, 500 ) as $chunk ) {
	$insert( "INSERT INTO $wpdb->postmeta (post_id, meta_key, meta_value) VALUES " . implode( ',', $chunk ) );
}
foreach ( array_chunk( $comments, 500 ) as $chunk ) {
	$insert(
		"INSERT INTO $wpdb->comments (comment_post_ID, comment_author, comment_author_email, comment_author_url,
			comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_karma, comment_approved,
			comment_agent, comment_type, comment_parent, user_id) VALUES " . implode( ',', $chunk )
	);
}
if ( ! empty( $comments ) ) {
	$insert(
		"INSERT INTO $wpdb->commentmeta (comment_id, meta_key, meta_value)
		SELECT comment_ID, 'byline_kind', 'comment' FROM $wpdb->comments
		WHERE comment_type = 'note' AND comment_post_ID IN (" . implode( ',', $ids ) . ')'
	);
}
foreach ( array_chunk( $terms, 500 ) as $chunk ) {
	$insert( "INSERT INTO $wpdb->term_relationships (object_id, term_taxonomy_id, term_order) VALUES " . implode( ',', $chunk ) );
}
$wpdb->query( 'COMMIT' );

if ( $taxonomy ) {
	wp_update_term_count_now( array( $taxonomy ), 'category' );
}
// What WordPress caches about posts and comments, and the connector's inbox token, now stale.
wp_cache_flush();
update_option( 'byline_desk_revision', bin2hex( random_bytes( 6 ) ), true );
echo wp_json_encode( array_values( $ids ) );
