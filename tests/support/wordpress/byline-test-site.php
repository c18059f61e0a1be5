<?php
/*
 * Plugin Name: Byline test site
 * Description: Settings only a throwaway test site wants. Installed by tests/support/wordpress/wordpress-server.
 */

// There is no mail transport: each message WordPress would send goes to DIR/log/mail.log, one JSON line each.
add_filter(
	'pre_wp_mail',
	static function ( $result, $atts ) {
		$log = dirname( WP_CONTENT_DIR, 2 ) . '/log/mail.log';
		$to  = is_array( $atts['to'] ) ? $atts['to'] : array( $atts['to'] );
		file_put_contents(
			$log,
			wp_json_encode(
				array(
					'to'      => $to,
					'subject' => $atts['subject'],
				),
				JSON_UNESCAPED_UNICODE
			) . "\n",
			FILE_APPEND | LOCK_EX
		);
		return true;
	},
	10,
	2
);
