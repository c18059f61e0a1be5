<?php
/*
 * Sets the test site's permalinks: "plain" is a site whose server has no rewrite rules for WordPress, where
 * /wp-json/ is not the REST API and only ?rest_route= reaches it; "pretty" is the site as installed. Run by
 * wordpress-server permalinks.
 *
 * Environment: BYLINE_WP_DIR (the server's DIR), BYLINE_WP_URL (http://127.0.0.1:PORT).
 */

$mode = $argv[1] ?? '';
if ( ! in_array( $mode, array( 'plain', 'pretty' ), true ) ) {
	fwrite( STDERR, "set-permalinks.php: run by wordpress-server permalinks DIR plain|pretty\n" );
	exit( 2 );
}
require __DIR__ . '/command-line-request.php';

require $dir . '/wp/wp-load.php';

update_option( 'permalink_structure', 'plain' === $mode ? '' : '/%postname%/' );
// Rebuilt with the new structure on the next request.
delete_option( 'rewrite_rules' );
echo "permalinks: $mode\n";
