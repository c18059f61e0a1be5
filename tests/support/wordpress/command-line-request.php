<?php
/*
 * What the test site's command-line scripts (install-site.php, set-permalinks.php) need before loading WordPress:
 * the site's DIR and URL from the environment (BYLINE_WP_DIR, BYLINE_WP_URL), and a request for WordPress to read
 * its host from, which it does even from the command line. Sets $dir and $url.
 */

$dir = getenv( 'BYLINE_WP_DIR' );
$url = getenv( 'BYLINE_WP_URL' );
if ( ! $dir || ! $url ) {
	fwrite( STDERR, basename( $_SERVER['SCRIPT_NAME'] ?? 'script' ) . ": run by wordpress-server\n" );
	exit( 2 );
}

$parts                      = parse_url( $url );
$_SERVER['HTTP_HOST']       = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME']     = $parts['host'];
$_SERVER['SERVER_PORT']     = (string) $parts['port'];
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
