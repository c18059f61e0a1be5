<?php
/*
 * Files many stories at once for the desk tests and benchmarks, as Byline and the connector would have left them:
 * posts with a Byline UUID and story structure, some locked by someone (WordPress's _edit_lock), some with desk
 * notes (comments of type note, as the connector keeps them). Included by WordPressServer::seedStories() through
 * wordpress-server php, with $byline_seed set:
 *   count, author (login), status, section (category id or 0), locked_every, locked_by (login), noted_every,
 *   title (a prefix; the story's number follows).
 * Prints the new posts' ids as a JSON array, oldest first.
 */

global $wpdb;

$seed      = $byline_seed;
$author    = get_user_by( 'login', $seed['author'] );
$locker    = get_user_by( 'login', $seed['locked_by'] );
$desk_user = wp_get_current_user();
if ( ! $author || ! $locker ) {
	throw new RuntimeException( 'seed-stories.php: unknown author or locking user' );
}

// One transaction and no per-post term counting: 500 stories in a few seconds instead of half a minute.
wp_defer_term_counting( true );
wp_defer_comment_counting( true );
$wpdb->query( 'START TRANSACTION' );

$ids   = array();
$now   = time();
$count = (int) $seed['count'];
for ( $i = 1; $i <= $count; $i++ ) {
	$uuid  = wp_generate_uuid4();
	$title = $seed['title'] . ' ' . $i;
	$story = array(
		'uuid'     => $uuid,
		'headline' => $title,
		'section'  => '사회',
		'embargo'  => '',
		'photos'   => array(),
	);
	// Spread over the last hours, one minute apart, so "newest first" has an order to keep.
	$when = gmdate( 'Y-m-d H:i:s', $now - ( $count - $i ) * 60 );
	$id   = wp_insert_post(
		array(
			'post_title'        => $title,
			'post_content'      => '<p>' . esc_html( $title ) . ' 본문. 강원도 산불 현장에서 보낸 기사.</p>',
			'post_status'       => $seed['status'],
			'post_author'       => $author->ID,
			'post_category'     => $seed['section'] ? array( (int) $seed['section'] ) : array(),
			'post_date_gmt'     => $when,
			'post_date'         => get_date_from_gmt( $when ),
			'meta_input'        => array(
				'byline_uuid'  => $uuid,
				'byline_story' => wp_slash( wp_json_encode( $story, JSON_UNESCAPED_UNICODE ) ),
			),
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		$wpdb->query( 'ROLLBACK' );
		throw new RuntimeException( 'seed-stories.php: ' . $id->get_error_message() );
	}
	$ids[] = $id;

	if ( $seed['locked_every'] > 0 && 0 === $i % $seed['locked_every'] ) {
		update_post_meta( $id, '_edit_lock', ( $now - 10 ) . ':' . $locker->ID );
		update_post_meta( $id, 'byline_lock_since', $now - 10 );
	}
	if ( $seed['noted_every'] > 0 && 0 === $i % $seed['noted_every'] ) {
		foreach ( array( '첫 문단을 줄여 주세요.', '사진 설명을 확인했습니다.' ) as $n => $text ) {
			$note = wp_insert_comment(
				array(
					'comment_post_ID'  => $id,
					'comment_type'     => 'note',
					'comment_approved' => 'byline-note',
					'comment_content'  => $text,
					'user_id'          => $desk_user->ID,
					'comment_author'   => $desk_user->display_name,
					'comment_date_gmt' => gmdate( 'Y-m-d H:i:s', $now - 30 + $n ),
					'comment_date'     => get_date_from_gmt( gmdate( 'Y-m-d H:i:s', $now - 30 + $n ) ),
					'comment_meta'     => array( 'byline_kind' => 'comment' ),
				)
			);
			if ( ! $note ) {
				$wpdb->query( 'ROLLBACK' );
				throw new RuntimeException( 'seed-stories.php: a note was not stored' );
			}
		}
	}
}

$wpdb->query( 'COMMIT' );
wp_defer_term_counting( false );
wp_defer_comment_counting( false );
echo wp_json_encode( $ids );
