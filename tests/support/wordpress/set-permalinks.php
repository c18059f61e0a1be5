<?php
/*
 * Sets the test site's permalinks: "plain" is a site whose server has no rewrite rules for WordPress, where
 * /wp-json/ is not the REST API and only ?rest_route= reaches it; "pretty" is the site as installed. Run by
 * wordpress-server permalinks.
 *
 * Environment: BYLINE_WP_DIR (the server's DIR), BYLINE_WP_URL (http://127.0.0.1:PORT).
 */

$dir  = getenv( 'BYLINE_WP_DIR' );
$url  = getenv( 'BYLINE_WP_URL' );
$mode = $argv[1] ?? '';
if ( ! $dir || ! $url || ! in_array( $mode, array( 'plain', 'pretty' ), true ) ) {
	fwrite( STDERR, "set-permalinks.php: run by wordpress-server permalinks DIR plain|pretty\n" );
	exit( 2 );
}

// WordPress reads the request's host even from the command line.
$parts                      = parse_url( $url );
$_SERVER['HTTP_HOST']       = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME']     = $parts['host'];
$_SERVER['SERVER_PORT']     = (string) $parts['port'];
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

require $dir . '/wp/wp-load.php';

update_option( 'permalink_structure', 'plain' === $mode ? '' : '/%postname%/' );
// Rebuilt with the new structure on the next request.
delete_option( 'rewrite_rules' );
echo "permalinks: $mode\n";
