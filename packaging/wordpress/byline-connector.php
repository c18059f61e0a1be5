<?php
/**
 * Plugin Name:       Byline connector
 * Plugin URI:        https://github.com/byline-newsroom/byline
 * Description:       Lets the Byline newsroom editor publish each story and photo exactly once: a client UUID on posts and media, lookup by it, a 409 instead of a duplicate, a 412 instead of overwriting a newer edit, and GET /byline/v1/info.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 *
 * A must-use plugin: copy this one file into wp-content/mu-plugins/. See docs/wordpress.md in Byline's sources.
 * Byline works without it, with weaker guarantees; GET /byline/v1/info tells the client it is there.
 */

defined( 'ABSPATH' ) || exit;

final class Byline_Connector {

	const VERSION = '1.0.0';

	/** Post meta holding the UUID Byline gave the story or photo when it was created. */
	const META_KEY = 'byline_uuid';

	/** Update parameter: the modified_gmt the client last saw; a newer post answers 412. */
	const EXPECTED_MODIFIED_PARAM = 'byline_expected_modified_gmt';

	const POST_TYPES = array( 'post', 'attachment' );

	const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

	/** How long a request waits for another one working on the same UUID or post, in seconds. */
	const LOCK_TIMEOUT = 20;

	/** @var string[] Named locks this request holds (MariaDB/MySQL GET_LOCK). */
	private static $locks = array();

	public static function boot() {
		add_action( 'init', array( __CLASS__, 'register_meta' ) );
		add_action( 'rest_api_init', array( __CLASS__, 'register_routes' ) );
		foreach ( self::POST_TYPES as $post_type ) {
			add_filter( "rest_{$post_type}_collection_params", array( __CLASS__, 'collection_params' ) );
			add_filter( "rest_{$post_type}_query", array( __CLASS__, 'collection_query' ), 10, 2 );
		}
		// After authentication, permission checks and parameter validation, before the controller runs:
		// nothing is inserted or uploaded when the request is refused.
		add_filter( 'rest_dispatch_request', array( __CLASS__, 'guard_write' ), 10, 4 );
		add_filter( 'rest_request_after_callbacks', array( __CLASS__, 'release_locks' ) );
	}

	public static function register_meta() {
		foreach ( self::POST_TYPES as $post_type ) {
			register_post_meta(
				$post_type,
				self::META_KEY,
				array(
					'type'              => 'string',
					'description'       => __( 'The UUID Byline gave this item; one item per UUID.', 'byline-connector' ),
					'single'            => true,
					'default'           => '',
					'sanitize_callback' => array( __CLASS__, 'sanitize_uuid' ),
					'auth_callback'     => static function ( $allowed, $meta_key, $object_id, $user_id ) {
						return user_can( $user_id, 'edit_post', $object_id );
					},
					'show_in_rest'      => array(
						'schema' => array(
							'type'    => 'string',
							// Empty clears it.
							'pattern' => '^(' . self::UUID_PATTERN . ')?$',
						),
					),
				)
			);
		}
	}

	public static function sanitize_uuid( $value ) {
		return strtolower( trim( (string) $value ) );
	}

	public static function register_routes() {
		register_rest_route(
			'byline/v1',
			'/info',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( __CLASS__, 'info' ),
				'permission_callback' => static function () {
					if ( is_user_logged_in() ) {
						return true;
					}
					return new WP_Error( 'rest_not_logged_in', __( 'You are not currently logged in.' ), array( 'status' => 401 ) );
				},
			)
		);
	}

	/** What the signed-in user may do here, for Byline's target test and its publish choices. */
	public static function info() {
		$user       = wp_get_current_user();
		$tags       = get_taxonomy( 'post_tag' );
		$categories = get_taxonomy( 'category' );
		return array(
			'plugin'                  => 'byline-connector',
			'version'                 => self::VERSION,
			'wordpress'               => get_bloginfo( 'version' ),
			'site'                    => array(
				'name'             => get_bloginfo( 'name' ),
				'url'              => home_url( '/' ),
				'timezone'         => wp_timezone_string(),
				'max_upload_bytes' => (int) wp_max_upload_size(),
			),
			'user'                    => array(
				'id'    => (int) $user->ID,
				'slug'  => $user->user_nicename,
				'name'  => $user->display_name,
				'roles' => array_values( $user->roles ),
			),
			'capabilities'            => array(
				'upload_files'         => current_user_can( 'upload_files' ),
				'edit_posts'           => current_user_can( 'edit_posts' ),
				'publish_posts'        => current_user_can( 'publish_posts' ),
				'edit_published_posts' => current_user_can( 'edit_published_posts' ),
				'edit_others_posts'    => current_user_can( 'edit_others_posts' ),
				'delete_posts'         => current_user_can( 'delete_posts' ),
				// The REST API creates a tag for whoever may assign tags, a category only for term managers.
				'create_tags'          => current_user_can( $tags->cap->assign_terms ),
				'create_categories'    => current_user_can( $categories->cap->edit_terms ),
			),
			'meta_key'                => self::META_KEY,
			'expected_modified_param' => self::EXPECTED_MODIFIED_PARAM,
			'features'                => array( 'uuid_meta', 'uuid_lookup', 'duplicate_conflict', 'stale_update' ),
		);
	}

	public static function collection_params( $params ) {
		$params[ self::META_KEY ] = array(
			'description' => __( 'Limit result set to items with these Byline UUIDs.', 'byline-connector' ),
			'type'        => 'array',
			'items'       => array(
				'type'    => 'string',
				'pattern' => '^' . self::UUID_PATTERN . '$',
			),
		);
		return $params;
	}

	public static function collection_query( $args, $request ) {
		$uuids = $request[ self::META_KEY ];
		if ( empty( $uuids ) ) {
			return $args;
		}
		$args['meta_query']   = isset( $args['meta_query'] ) ? (array) $args['meta_query'] : array();
		$args['meta_query'][] = array(
			'key'     => self::META_KEY,
			'value'   => array_map( array( __CLASS__, 'sanitize_uuid' ), (array) $uuids ),
			'compare' => 'IN',
		);
		return $args;
	}

	/**
	 * Refuses a create or update of a post or media item whose Byline UUID another item already has (409, with
	 * that item's id), and an update that names a modified_gmt older than the post's (412). A named lock per
	 * UUID and per post makes the check and the write one step against a retried request still running.
	 */
	public static function guard_write( $result, $request, $route, $handler ) {
		if ( null !== $result ) {
			return $result;
		}
		$post_type = self::written_post_type( $route, $handler );
		if ( null === $post_type ) {
			return null;
		}
		$id = isset( $request['id'] ) ? (int) $request['id'] : 0;

		$expected = $request[ self::EXPECTED_MODIFIED_PARAM ];
		if ( $id > 0 && null !== $expected && '' !== $expected ) {
			$locked = self::lock( 'post:' . $id );
			if ( is_wp_error( $locked ) ) {
				return $locked;
			}
			$stale = self::check_modified( $id, (string) $expected );
			if ( is_wp_error( $stale ) ) {
				return $stale;
			}
		}

		$meta = $request['meta'];
		$uuid = is_array( $meta ) && isset( $meta[ self::META_KEY ] ) ? self::sanitize_uuid( $meta[ self::META_KEY ] ) : '';
		if ( '' !== $uuid ) {
			$locked = self::lock( 'uuid:' . $uuid );
			if ( is_wp_error( $locked ) ) {
				return $locked;
			}
			$existing = self::find_by_uuid( $post_type, $uuid, $id );
			if ( $existing ) {
				return new WP_Error(
					'byline_duplicate',
					__( 'An item with this Byline UUID already exists.', 'byline-connector' ),
					array(
						'status'       => 409,
						'id'           => (int) $existing->ID,
						'type'         => $existing->post_type,
						'post_status'  => $existing->post_status,
						'modified_gmt' => self::modified_gmt( $existing ),
					)
				);
			}
		}
		return null;
	}

	public static function release_locks( $response ) {
		global $wpdb;
		foreach ( self::$locks as $name ) {
			$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $name ) );
		}
		self::$locks = array();
		return $response;
	}

	/** The post type a create_item or update_item route of the core posts or media controller writes, else null. */
	private static function written_post_type( $route, $handler ) {
		$callback = isset( $handler['callback'] ) ? $handler['callback'] : null;
		if ( ! is_array( $callback ) || ! ( $callback[0] instanceof WP_REST_Posts_Controller )
			|| ! in_array( $callback[1], array( 'create_item', 'update_item' ), true ) ) {
			return null;
		}
		foreach ( self::POST_TYPES as $post_type ) {
			$object = get_post_type_object( $post_type );
			if ( ! $object ) {
				continue;
			}
			$namespace = ! empty( $object->rest_namespace ) ? $object->rest_namespace : 'wp/v2';
			$base      = '/' . $namespace . '/' . ( ! empty( $object->rest_base ) ? $object->rest_base : $object->name );
			if ( $route === $base || 0 === strpos( $route, $base . '/(?P<id>' ) ) {
				return $post_type;
			}
		}
		return null;
	}

	private static function check_modified( $id, $expected ) {
		$post = get_post( $id );
		if ( ! $post ) {
			return null; // The controller answers 404.
		}
		$expected_time = rest_parse_date( $expected, true );
		if ( false === $expected_time ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %s: parameter name */
				sprintf( __( '%s is not a date.', 'byline-connector' ), self::EXPECTED_MODIFIED_PARAM ),
				array( 'status' => 400 )
			);
		}
		if ( rest_parse_date( self::modified_gmt( $post ), true ) === $expected_time ) {
			return null;
		}
		return new WP_Error(
			'byline_stale_update',
			__( 'This item was changed on the site after the version being saved.', 'byline-connector' ),
			array(
				'status'       => 412,
				'id'           => (int) $post->ID,
				'modified_gmt' => self::modified_gmt( $post ),
			)
		);
	}

	/** modified_gmt as the REST API shows it: drafts have none stored, it is derived from the local time. */
	private static function modified_gmt( $post ) {
		$gmt = $post->post_modified_gmt;
		if ( '0000-00-00 00:00:00' === $gmt ) {
			$gmt = gmdate( 'Y-m-d H:i:s', strtotime( $post->post_modified ) - ( (float) get_option( 'gmt_offset' ) * HOUR_IN_SECONDS ) );
		}
		return mysql_to_rfc3339( $gmt );
	}

	/** Any item of the type with the UUID, trashed ones included: they still hold it. */
	private static function find_by_uuid( $post_type, $uuid, $exclude_id ) {
		$ids = get_posts(
			array(
				'post_type'              => $post_type,
				'post_status'            => array_values( array_diff( get_post_stati(), array( 'auto-draft' ) ) ),
				'meta_key'               => self::META_KEY,
				'meta_value'             => $uuid,
				'post__not_in'           => $exclude_id > 0 ? array( $exclude_id ) : array(),
				'orderby'                => 'ID',
				'order'                  => 'ASC',
				'posts_per_page'         => 1,
				'fields'                 => 'ids',
				'no_found_rows'          => true,
				'update_post_term_cache' => false,
			)
		);
		return empty( $ids ) ? null : get_post( $ids[0] );
	}

	private static function lock( $name ) {
		global $wpdb;
		// Named locks are server-wide: tell this site's apart from another site's on the same database server.
		$full = 'byline:' . substr( md5( DB_NAME . '|' . $wpdb->prefix ), 0, 8 ) . ':' . $name;
		if ( in_array( $full, self::$locks, true ) ) {
			return true;
		}
		$got = $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', $full, self::LOCK_TIMEOUT ) );
		if ( '1' !== (string) $got ) {
			return new WP_Error(
				'byline_busy',
				__( 'Another request for the same item is still running. Try again.', 'byline-connector' ),
				array( 'status' => 503 )
			);
		}
		self::$locks[] = $full;
		return true;
	}
}

Byline_Connector::boot();
