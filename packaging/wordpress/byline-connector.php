<?php
/**
 * Plugin Name:       Byline connector
 * Plugin URI:        https://github.com/byline-newsroom/byline
 * Description:       Lets the Byline newsroom editor publish each story and photo exactly once (a client UUID on posts and media, lookup by it, a 409 instead of a duplicate, a 412 instead of overwriting a newer edit) and run the desk through WordPress: story structure, WordPress's own edit locks, desk notes hidden from the public, submit/return/approve each exactly once, embargoes enforced in wp-admin too, and the desk's inbox in one request.
 * Version:           2.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 *
 * A must-use plugin: copy this one file into wp-content/mu-plugins/. See docs/wordpress.md in Byline's sources, and
 * docs/desk-protocol.md for the desk's routes. Byline works without it, with weaker guarantees and no desk;
 * GET /byline/v1/info tells the client it is there.
 */

defined( 'ABSPATH' ) || exit;

final class Byline_Connector {

	const VERSION = '2.0.0';

	/** Post meta holding the UUID Byline gave the story or photo when it was created. */
	const META_KEY = 'byline_uuid';

	/** Update parameter: the modified_gmt the client last saw; a newer post answers 412. */
	const EXPECTED_MODIFIED_PARAM = 'byline_expected_modified_gmt';

	const POST_TYPES = array( 'post', 'attachment' );

	const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

	/** How long a request waits for another one working on the same UUID or post, in seconds. */
	const LOCK_TIMEOUT = 20;

	/** The REST field and post meta with Byline's story structure (JSON), and its limits. */
	const STORY_FIELD     = 'byline_story';
	const STORY_MAX_BYTES = 2097152;
	const STORY_MAX_DEPTH = 32;

	/** Post meta: the embargo (RFC 3339 UTC) mirrored from the story, enforced on every way to publish. */
	const EMBARGO_META = 'byline_embargo';

	/** Post meta: when the current holder of _edit_lock took it (Unix time). */
	const LOCK_SINCE_META = 'byline_lock_since';

	/**
	 * Post meta: modified_gmt (RFC 3339, as modified_gmt() gives it) of the last change to the story's title, text,
	 * excerpt or structure. The stale-update check compares with it, so a return, a status change, a lock or a note
	 * moving modified_gmt is not taken for an edit the reporter would overwrite.
	 */
	const CONTENT_MODIFIED_META = 'byline_content_modified_gmt';

	/** Post meta: "1" while the story is back with its reporter after a return. */
	const RETURNED_META = 'byline_returned';

	/** Post meta rows, one per desk action done: "UUID JSON-answer", so a retry answers the same. */
	const ACTION_META = 'byline_action';
	const ACTIONS_KEPT = 100;

	/** Desk notes: comments of this type, with a status of their own no public query, feed or count includes. */
	const NOTE_TYPE      = 'note';
	const NOTE_STATUS    = 'byline-note';
	const NOTE_KIND_META = 'byline_kind';
	const NOTE_MAX_CHARS = 10000;
	const NOTES_MAX      = 500;
	/** The last note in the inbox is cut to this many characters; the notes route has it whole. */
	const INBOX_NOTE_CHARS = 300;

	const INBOX_MAX = 2000;
	/** Published stories stay in the inbox this long after their last change. */
	const INBOX_PUBLISHED_SECONDS = DAY_IN_SECONDS;

	/** Option changed whenever anything the inbox shows changes; the inbox token names it. */
	const REVISION_OPTION = 'byline_desk_revision';

	/** @var string[] Named locks this request holds (MariaDB/MySQL GET_LOCK). */
	private static $locks = array();

	/** @var bool The desk revision was already changed in this request. */
	private static $bumped = false;

	public static function boot() {
		add_action( 'init', array( __CLASS__, 'register_meta' ) );
		add_action( 'rest_api_init', array( __CLASS__, 'register_routes' ) );
		add_action( 'rest_api_init', array( __CLASS__, 'register_story_field' ) );
		foreach ( self::POST_TYPES as $post_type ) {
			add_filter( "rest_{$post_type}_collection_params", array( __CLASS__, 'collection_params' ) );
			add_filter( "rest_{$post_type}_query", array( __CLASS__, 'collection_query' ), 10, 2 );
		}
		// After authentication, permission checks and parameter validation, before the controller runs:
		// nothing is inserted or uploaded when the request is refused.
		add_filter( 'rest_dispatch_request', array( __CLASS__, 'guard_write' ), 10, 4 );
		add_filter( 'rest_request_after_callbacks', array( __CLASS__, 'release_locks' ) );
		add_filter( 'rest_json_encode_options', array( __CLASS__, 'json_options' ), 10, 2 );
		add_filter( 'rest_pre_serve_request', array( __CLASS__, 'trim_idle_poll_headers' ), 100, 4 );

		// Embargo: whatever publishes (wp-admin, XML-RPC, another plugin, a scheduled post coming due).
		add_filter( 'wp_insert_post_data', array( __CLASS__, 'hold_embargoed' ), 99, 4 );
		add_action( 'publish_future_post', array( __CLASS__, 'hold_embargoed_schedule' ), 1 );
		add_action( 'admin_notices', array( __CLASS__, 'embargo_notice' ) );

		// Desk notes stay out of every comment query that does not ask for them, the REST API's included.
		add_action( 'pre_get_comments', array( __CLASS__, 'hide_notes' ) );
		add_filter( 'rest_comment_query', array( __CLASS__, 'hide_notes_from_rest' ) );
		add_filter( 'is_protected_meta', array( __CLASS__, 'protect_meta' ), 10, 2 );

		// When the story's content last changed, whatever wrote it (REST, wp-admin, XML-RPC, a plugin).
		add_action( 'wp_insert_post', array( __CLASS__, 'note_content_created' ), 10, 3 );
		add_action( 'post_updated', array( __CLASS__, 'note_content_updated' ), 10, 3 );

		// What the inbox token follows.
		foreach ( array( 'save_post_post', 'deleted_post', 'trashed_post', 'untrashed_post' ) as $hook ) {
			add_action( $hook, array( __CLASS__, 'bump_revision' ) );
		}
		add_action( 'transition_post_status', array( __CLASS__, 'bump_on_transition' ), 10, 3 );
		add_filter( 'add_post_metadata', array( __CLASS__, 'watch_lock' ), 10, 4 );
		add_filter( 'update_post_metadata', array( __CLASS__, 'watch_lock' ), 10, 4 );
		add_action( 'deleted_post_meta', array( __CLASS__, 'watch_lock_release' ), 10, 3 );
		add_action( 'wp_insert_comment', array( __CLASS__, 'bump_on_note' ), 10, 2 );
		add_action( 'edit_comment', array( __CLASS__, 'bump_on_note' ) );
		add_action( 'delete_comment', array( __CLASS__, 'bump_on_note' ) );
		add_action( 'transition_comment_status', array( __CLASS__, 'bump_on_note_status' ), 10, 3 );
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
		self::register_desk_routes();
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
			'features'                => array(
				'uuid_meta',
				'uuid_lookup',
				'duplicate_conflict',
				'stale_update',
				'story',
				'locks',
				'notes',
				'inbox',
				'desk_actions',
				'embargo',
			),
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

		$embargo = null;
		if ( 'post' === $post_type && null !== $request[ self::STORY_FIELD ] ) {
			$story = self::check_story( $request[ self::STORY_FIELD ] );
			if ( is_wp_error( $story ) ) {
				return $story;
			}
			$embargo = self::embargo_of( $story );
		}
		if ( 'post' === $post_type ) {
			$held = self::check_rest_embargo( $id, $request, $embargo );
			if ( is_wp_error( $held ) ) {
				return $held;
			}
		}

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
		$content_time = rest_parse_date( (string) get_post_meta( $post->ID, self::CONTENT_MODIFIED_META, true ), true );
		if ( false !== $content_time ) {
			// Only a change to the content since the version being saved makes it stale.
			if ( $content_time <= $expected_time ) {
				return null;
			}
		} elseif ( rest_parse_date( self::modified_gmt( $post ), true ) === $expected_time ) {
			return null; // Not touched since before 2.0: any change counts, as in 1.0.
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

	/** A new post or media item: its content is as new as the item. */
	public static function note_content_created( $id, $post, $update ) {
		if ( ! $update && in_array( $post->post_type, self::POST_TYPES, true ) ) {
			update_post_meta( $id, self::CONTENT_MODIFIED_META, self::modified_gmt( $post ) );
		}
	}

	/**
	 * An update that changes the title, text or excerpt moves the content time to the update's. One that does not
	 * (a status change, a desk action) leaves it; on an item from before 2.0 it records that the content is no
	 * newer than the item was before this update.
	 */
	public static function note_content_updated( $id, $after, $before ) {
		if ( ! in_array( $after->post_type, self::POST_TYPES, true ) ) {
			return;
		}
		foreach ( array( 'post_title', 'post_content', 'post_excerpt' ) as $field ) {
			if ( $after->$field !== $before->$field ) {
				update_post_meta( $id, self::CONTENT_MODIFIED_META, self::modified_gmt( $after ) );
				return;
			}
		}
		if ( '' === (string) get_post_meta( $id, self::CONTENT_MODIFIED_META, true ) ) {
			update_post_meta( $id, self::CONTENT_MODIFIED_META, self::modified_gmt( $before ) );
		}
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

	/*
	 * Story structure: the byline_story REST field.
	 */

	public static function register_story_field() {
		register_rest_field(
			'post',
			self::STORY_FIELD,
			array(
				'get_callback'    => array( __CLASS__, 'story_field' ),
				'update_callback' => array( __CLASS__, 'save_story_field' ),
				'schema'          => array(
					'description' => __( "Byline's structure of the story (docs/desk-protocol.md).", 'byline-connector' ),
					// Any JSON passes the REST schema: guard_write() checks it and answers byline_story_invalid.
					'type'        => array( 'object', 'array', 'string', 'number', 'boolean', 'null' ),
					'context'     => array( 'edit' ),
				),
			)
		);
	}

	public static function story_field( $post ) {
		$id = (int) $post['id'];
		if ( ! current_user_can( 'edit_post', $id ) ) {
			return null;
		}
		return self::stored_story( $id );
	}

	public static function save_story_field( $value, $post ) {
		$story = self::check_story( $value );
		if ( is_wp_error( $story ) ) {
			return $story;
		}
		// An object at the top even when empty ({} arrives as an empty PHP array).
		$json = wp_json_encode( (object) $story, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		if ( get_post_meta( $post->ID, self::STORY_FIELD, true ) !== $json ) {
			// The REST controller has written the post already: its modified_gmt is this update's.
			update_post_meta( $post->ID, self::CONTENT_MODIFIED_META, self::modified_gmt( get_post( $post->ID ) ) );
		}
		update_post_meta( $post->ID, self::STORY_FIELD, wp_slash( $json ) );
		$embargo = self::embargo_of( $story );
		if ( '' === $embargo ) {
			delete_post_meta( $post->ID, self::EMBARGO_META );
		} else {
			update_post_meta( $post->ID, self::EMBARGO_META, $embargo );
		}
		self::bump_revision();
		return true;
	}

	/** The stored story as an object (stdClass keeps {} apart from []), or null. */
	private static function stored_story( $id ) {
		$json = get_post_meta( $id, self::STORY_FIELD, true );
		if ( ! is_string( $json ) || '' === $json ) {
			return null;
		}
		$story = json_decode( $json, false, self::STORY_MAX_DEPTH + 2 );
		return is_object( $story ) ? $story : null;
	}

	/** The story as a JSON object within the limits, with a valid embargo, or a 400 byline_story_invalid. */
	private static function check_story( $value ) {
		$invalid = static function ( $why ) {
			return new WP_Error(
				'byline_story_invalid',
				/* translators: %s: why the story structure was refused */
				sprintf( __( 'The story structure was refused: %s', 'byline-connector' ), $why ),
				array( 'status' => 400 )
			);
		};
		if ( is_object( $value ) ) {
			$value = (array) $value;
		}
		if ( ! is_array( $value ) || ( ! empty( $value ) && wp_is_numeric_array( $value ) ) ) {
			return $invalid( __( 'it is not a JSON object.', 'byline-connector' ) );
		}
		if ( self::depth( $value ) > self::STORY_MAX_DEPTH ) {
			return $invalid( __( 'it is nested too deeply.', 'byline-connector' ) );
		}
		$json = wp_json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		if ( false === $json || strlen( $json ) > self::STORY_MAX_BYTES ) {
			return $invalid( __( 'it is larger than 2 MiB.', 'byline-connector' ) );
		}
		if ( isset( $value['embargo'] ) && '' !== $value['embargo'] ) {
			if ( ! is_string( $value['embargo'] ) || false === rest_parse_date( $value['embargo'] ) ) {
				return $invalid( __( 'the embargo is not a date and time.', 'byline-connector' ) );
			}
		}
		if ( isset( $value['photos'] ) ) {
			$photos = $value['photos'];
			if ( ! is_array( $photos ) || ( ! empty( $photos ) && ! wp_is_numeric_array( $photos ) ) ) {
				return $invalid( __( 'photos is not a list.', 'byline-connector' ) );
			}
			foreach ( $photos as $photo ) {
				if ( ! is_array( $photo ) || ( ! empty( $photo ) && wp_is_numeric_array( $photo ) ) ) {
					return $invalid( __( 'a photo is not a JSON object.', 'byline-connector' ) );
				}
			}
		}
		return $value;
	}

	private static function depth( $value, $level = 1 ) {
		if ( $level > self::STORY_MAX_DEPTH ) {
			return $level;
		}
		$deepest = $level;
		foreach ( $value as $item ) {
			if ( is_array( $item ) || is_object( $item ) ) {
				$deepest = max( $deepest, self::depth( (array) $item, $level + 1 ) );
				if ( $deepest > self::STORY_MAX_DEPTH ) {
					break;
				}
			}
		}
		return $deepest;
	}

	/** The story's embargo as stored (Y-m-d\TH:i:s\Z), '' for none. */
	private static function embargo_of( $story ) {
		$story = (array) $story;
		if ( empty( $story['embargo'] ) || ! is_string( $story['embargo'] ) ) {
			return '';
		}
		// The time the embargo names, its offset included (+09:00 is nine hours ahead of UTC).
		$time = rest_parse_date( $story['embargo'] );
		return false === $time ? '' : gmdate( 'Y-m-d\\TH:i:s\\Z', $time );
	}

	/** The post's embargo as a Unix time, 0 for none. */
	private static function embargo_time( $id ) {
		$embargo = $id > 0 ? get_post_meta( $id, self::EMBARGO_META, true ) : '';
		$time    = is_string( $embargo ) && '' !== $embargo ? rest_parse_date( $embargo ) : false;
		return false === $time ? 0 : (int) $time;
	}

	/*
	 * Embargo.
	 */

	private static function embargo_error( $embargo ) {
		return new WP_Error(
			'byline_embargo',
			/* translators: %s: the embargo, a date and time in UTC */
			sprintf( __( 'This story is under embargo until %s (UTC) and cannot be published or scheduled before then.', 'byline-connector' ), gmdate( 'Y-m-d H:i', $embargo ) ),
			array(
				'status'  => 409,
				'embargo' => gmdate( 'Y-m-d\\TH:i:s\\Z', $embargo ),
			)
		);
	}

	/**
	 * A REST create or update that would publish or schedule the post before its embargo (stored, or in the story
	 * sent along): 409 before anything is written. $story_embargo is null when the request sends no story.
	 */
	private static function check_rest_embargo( $id, $request, $story_embargo ) {
		$embargo = null === $story_embargo ? self::embargo_time( $id ) : self::rest_time( $story_embargo );
		if ( $embargo <= time() ) {
			return null;
		}
		$post   = $id > 0 ? get_post( $id ) : null;
		$status = null !== $request['status'] ? (string) $request['status'] : ( $post ? $post->post_status : 'draft' );
		if ( ! in_array( $status, array( 'publish', 'future' ), true ) || ( $post && 'publish' === $post->post_status ) ) {
			return null;
		}
		$when = time();
		if ( ! empty( $request['date_gmt'] ) ) {
			$when = max( $when, (int) rest_parse_date( $request['date_gmt'], true ) );
		} elseif ( ! empty( $request['date'] ) ) {
			$when = max( $when, (int) rest_parse_date( get_gmt_from_date( $request['date'] ), true ) );
		} elseif ( $post && 'future' === $post->post_status ) {
			$when = max( $when, (int) strtotime( $post->post_date_gmt . ' GMT' ) );
		}
		return $when < $embargo ? self::embargo_error( $embargo ) : null;
	}

	private static function rest_time( $rfc3339 ) {
		$time = '' === $rfc3339 ? false : rest_parse_date( $rfc3339 );
		return false === $time ? 0 : (int) $time;
	}

	/**
	 * The backstop for every other way to publish: a post going to publish or future before its embargo stays as
	 * it was, and the person in wp-admin is told why.
	 */
	public static function hold_embargoed( $data, $postarr, $unsanitized_postarr, $update ) {
		if ( 'post' !== $data['post_type'] || ! in_array( $data['post_status'], array( 'publish', 'future' ), true ) ) {
			return $data;
		}
		$id      = isset( $postarr['ID'] ) ? (int) $postarr['ID'] : 0;
		$embargo = self::embargo_time( $id );
		if ( $embargo <= time() ) {
			return $data;
		}
		$old = $id > 0 ? get_post( $id ) : null;
		if ( $old && 'publish' === $old->post_status ) {
			return $data; // Already out: an edit, not a publication.
		}
		$when = 'future' === $data['post_status'] ? (int) strtotime( $data['post_date_gmt'] . ' GMT' ) : time();
		if ( $when >= $embargo ) {
			return $data;
		}
		if ( $old && ! in_array( $old->post_status, array( 'auto-draft', 'new' ), true ) ) {
			$data['post_status'] = $old->post_status;
			if ( 'future' === $old->post_status ) {
				$data['post_date']     = $old->post_date;
				$data['post_date_gmt'] = $old->post_date_gmt;
			}
		} else {
			$data['post_status'] = 'draft';
		}
		if ( get_current_user_id() > 0 ) {
			set_transient( 'byline_embargo_notice_' . get_current_user_id(), $embargo, 10 * MINUTE_IN_SECONDS );
		}
		return $data;
	}

	/** A scheduled post coming due before its embargo (set after it was scheduled) waits for the embargo. */
	public static function hold_embargoed_schedule( $id ) {
		$post    = get_post( $id );
		$embargo = self::embargo_time( (int) $id );
		if ( ! $post || 'post' !== $post->post_type || $embargo <= time() ) {
			return;
		}
		$gmt = gmdate( 'Y-m-d H:i:s', $embargo );
		wp_update_post(
			array(
				'ID'            => $post->ID,
				'post_status'   => 'future',
				'post_date_gmt' => $gmt,
				'post_date'     => get_date_from_gmt( $gmt ),
				'edit_date'     => true,
			)
		);
	}

	public static function embargo_notice() {
		$key     = 'byline_embargo_notice_' . get_current_user_id();
		$embargo = (int) get_transient( $key );
		if ( $embargo <= 0 ) {
			return;
		}
		delete_transient( $key );
		printf(
			'<div class="notice notice-error"><p>%s</p></div>',
			esc_html(
				/* translators: %s: the embargo, a date and time in the site's timezone */
				sprintf( __( 'The story was not published: it is under embargo until %s. Schedule it for that time or later.', 'byline-connector' ), wp_date( 'Y-m-d H:i', $embargo ) )
			)
		);
	}

	/*
	 * The desk's routes.
	 */

	public static function register_desk_routes() {
		$signed_in = static function () {
			if ( is_user_logged_in() ) {
				return true;
			}
			return new WP_Error( 'rest_not_logged_in', __( 'You are not currently logged in.' ), array( 'status' => 401 ) );
		};
		$post_route = '/posts/(?P<id>\\d+)';
		$id_arg     = array(
			'type'    => 'integer',
			'minimum' => 1,
		);
		register_rest_route(
			'byline/v1',
			$post_route . '/lock',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( __CLASS__, 'take_lock' ),
					'permission_callback' => $signed_in,
					'args'                => array(
						'id'       => $id_arg,
						'takeover' => array(
							'type'    => 'boolean',
							'default' => false,
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( __CLASS__, 'release_lock' ),
					'permission_callback' => $signed_in,
					'args'                => array( 'id' => $id_arg ),
				),
			)
		);
		register_rest_route(
			'byline/v1',
			$post_route . '/notes',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( __CLASS__, 'notes' ),
				'permission_callback' => $signed_in,
				'args'                => array( 'id' => $id_arg ),
			)
		);
		register_rest_route(
			'byline/v1',
			$post_route . '/actions',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( __CLASS__, 'act' ),
				'permission_callback' => $signed_in,
				'args'                => array(
					'id'     => $id_arg,
					'action' => array(
						'type'     => 'string',
						'pattern'  => '^' . self::UUID_PATTERN . '$',
						'required' => true,
					),
					'kind'   => array(
						'type'     => 'string',
						'enum'     => array( 'submit', 'return', 'approve', 'note' ),
						'required' => true,
					),
					'note'   => array(
						'type'      => 'string',
						'default'   => '',
						// Characters of the text; the check after stripping tags says so in words.
						'maxLength' => 4 * self::NOTE_MAX_CHARS,
					),
					'at'     => array(
						'type'   => 'string',
						'format' => 'date-time',
					),
				),
			)
		);
		register_rest_route(
			'byline/v1',
			$post_route . '/story',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( __CLASS__, 'story' ),
				'permission_callback' => $signed_in,
				'args'                => array( 'id' => $id_arg ),
			)
		);
		register_rest_route(
			'byline/v1',
			'/inbox',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( __CLASS__, 'inbox' ),
				'permission_callback' => $signed_in,
				'args'                => array(
					'since' => array(
						'type'      => 'string',
						'maxLength' => 100,
						'default'   => '',
					),
				),
			)
		);
	}

	/** The post the desk route names, if it is a story the caller may edit: else 404 byline_no_post or 403. */
	private static function desk_post( $request ) {
		$post = get_post( (int) $request['id'] );
		if ( ! $post || 'post' !== $post->post_type || in_array( $post->post_status, array( 'trash', 'auto-draft', 'inherit' ), true ) ) {
			return new WP_Error( 'byline_no_post', __( 'There is no such story on the site.', 'byline-connector' ), array( 'status' => 404 ) );
		}
		if ( ! current_user_can( 'edit_post', $post->ID ) ) {
			return new WP_Error( 'byline_forbidden', __( 'Your account may not edit this story.', 'byline-connector' ), array( 'status' => rest_authorization_required_code() ) );
		}
		return $post;
	}

	private static function user_json( $id, $names = null ) {
		$id = (int) $id;
		if ( null !== $names ) {
			return array(
				'id'   => $id,
				'name' => isset( $names[ $id ] ) ? $names[ $id ] : '',
			);
		}
		$user = $id > 0 ? get_userdata( $id ) : false;
		return array(
			'id'   => $id,
			'name' => $user ? $user->display_name : '',
		);
	}

	private static function rfc3339( $unix ) {
		return gmdate( 'Y-m-d\\TH:i:s\\Z', (int) $unix );
	}

	/*
	 * Locks: WordPress's own _edit_lock, so wp-admin and Byline see each other's.
	 */

	private static function lock_window() {
		static $window = null;
		if ( null === $window ) {
			/** This filter is documented in wp-admin/includes/ajax-actions.php */
			$window = (int) apply_filters( 'wp_check_post_lock_window', 150 );
		}
		return $window;
	}

	/** "TIME:USER" as WordPress writes it, or null. */
	private static function parse_lock( $value ) {
		if ( ! is_string( $value ) || ! preg_match( '/^(\\d+):(\\d+)$/', $value, $m ) ) {
			return null;
		}
		return array(
			'time' => (int) $m[1],
			'user' => (int) $m[2],
		);
	}

	/** The active lock of a post as the desk shows it, or null; $since and $names come from the inbox's batch. */
	private static function lock_json( $raw, $since, $names = null ) {
		$lock = self::parse_lock( $raw );
		if ( ! $lock || $lock['time'] <= time() - self::lock_window() || $lock['user'] <= 0 ) {
			return null;
		}
		// As wp_check_post_lock(): a lock of a deleted account holds nothing.
		if ( null !== $names ? ! isset( $names[ $lock['user'] ] ) : ! get_userdata( $lock['user'] ) ) {
			return null;
		}
		$since = (int) $since;
		return array(
			'user'    => self::user_json( $lock['user'], $names ),
			'since'   => self::rfc3339( $since > 0 && $since <= $lock['time'] ? $since : $lock['time'] ),
			'expires' => self::rfc3339( $lock['time'] + self::lock_window() ),
		);
	}

	private static function post_lock( $id ) {
		return self::lock_json( get_post_meta( $id, '_edit_lock', true ), get_post_meta( $id, self::LOCK_SINCE_META, true ) );
	}

	private static function locked_error( $lock ) {
		return new WP_Error(
			'byline_locked',
			/* translators: %s: the name of the person editing the story */
			sprintf( __( '%s is editing this story.', 'byline-connector' ), $lock['user']['name'] ),
			array(
				'status' => 409,
				'lock'   => $lock,
			)
		);
	}

	public static function take_lock( $request ) {
		$post = self::desk_post( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		require_once ABSPATH . 'wp-admin/includes/post.php';
		$serialized = self::lock( 'post:' . $post->ID );
		if ( is_wp_error( $serialized ) ) {
			return $serialized;
		}
		$current = self::post_lock( $post->ID );
		if ( wp_check_post_lock( $post ) && ! $request['takeover'] && $current ) {
			return self::locked_error( $current );
		}
		wp_set_post_lock( $post );
		return array(
			'post' => (int) $post->ID,
			'lock' => self::post_lock( $post->ID ),
		);
	}

	public static function release_lock( $request ) {
		$post = self::desk_post( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$serialized = self::lock( 'post:' . $post->ID );
		if ( is_wp_error( $serialized ) ) {
			return $serialized;
		}
		$current = self::post_lock( $post->ID );
		if ( $current && get_current_user_id() !== $current['user']['id'] ) {
			return self::locked_error( $current );
		}
		// Released, or nobody held it any more (a retried release, an expired lock): the same answer.
		if ( $current ) {
			delete_post_meta( $post->ID, '_edit_lock' );
		}
		return array(
			'post' => (int) $post->ID,
			'lock' => null,
		);
	}

	/** Keeps byline_lock_since (when the holder took the lock) and the inbox token in step with _edit_lock. */
	public static function watch_lock( $check, $object_id, $meta_key, $meta_value ) {
		if ( '_edit_lock' !== $meta_key ) {
			return $check;
		}
		$new = self::parse_lock( $meta_value );
		$old = self::parse_lock( get_post_meta( $object_id, '_edit_lock', true ) );
		if ( ! $new ) {
			return $check;
		}
		if ( ! $old || $old['time'] <= time() - self::lock_window() || $old['user'] !== $new['user'] ) {
			update_post_meta( $object_id, self::LOCK_SINCE_META, $new['time'] );
			self::bump_revision();
		}
		return $check;
	}

	public static function watch_lock_release( $meta_ids, $object_id, $meta_key ) {
		if ( '_edit_lock' === $meta_key ) {
			delete_post_meta( $object_id, self::LOCK_SINCE_META );
			self::bump_revision();
		}
	}

	/*
	 * Notes: comments of type note with a status of their own.
	 */

	public static function hide_notes( $query ) {
		if ( ! empty( $query->query_vars['byline_notes'] ) ) {
			return;
		}
		$hidden = isset( $query->query_vars['type__not_in'] ) ? (array) $query->query_vars['type__not_in'] : array();
		$hidden[] = self::NOTE_TYPE;
		$query->query_vars['type__not_in'] = array_values( array_unique( array_filter( $hidden ) ) );
	}

	public static function hide_notes_from_rest( $prepared_args ) {
		unset( $prepared_args['byline_notes'] );
		$hidden                         = isset( $prepared_args['type__not_in'] ) ? (array) $prepared_args['type__not_in'] : array();
		$hidden[]                       = self::NOTE_TYPE;
		$prepared_args['type__not_in'] = array_values( array_unique( array_filter( $hidden ) ) );
		return $prepared_args;
	}

	private static function note_json( $comment, $kind = null, $names = null ) {
		$time = strtotime( $comment->comment_date_gmt . ' GMT' );
		if ( null === $kind ) {
			$kind = get_comment_meta( $comment->comment_ID, self::NOTE_KIND_META, true );
		}
		return array(
			'id'     => (int) $comment->comment_ID,
			'author' => self::user_json( $comment->user_id, $names ),
			'time'   => self::rfc3339( $time ),
			'kind'   => in_array( $kind, array( 'return', 'approve', 'comment' ), true ) ? $kind : 'comment',
			'text'   => (string) $comment->comment_content,
		);
	}

	public static function notes( $request ) {
		$post = self::desk_post( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		// The newest 500, shown oldest first.
		$comments = get_comments(
			array(
				'post_id'      => $post->ID,
				'type'         => self::NOTE_TYPE,
				'status'       => self::NOTE_STATUS,
				'orderby'      => 'comment_ID',
				'order'        => 'DESC',
				'number'       => self::NOTES_MAX,
				'byline_notes' => true,
			)
		);
		$notes = array();
		foreach ( array_reverse( $comments ) as $comment ) {
			$notes[] = self::note_json( $comment );
		}
		return array(
			'post'  => (int) $post->ID,
			'notes' => $notes,
		);
	}

	/** Plain text of at most NOTE_MAX_CHARS characters: tags and control characters out, or a 400. */
	private static function clean_note( $text ) {
		$text = wp_strip_all_tags( (string) $text );
		$text = preg_replace( '/[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]/u', '', str_replace( "\r\n", "\n", $text ) );
		$text = trim( (string) $text );
		if ( mb_strlen( $text, 'UTF-8' ) > self::NOTE_MAX_CHARS ) {
			return new WP_Error(
				'byline_note_too_long',
				/* translators: %d: the longest note allowed, in characters */
				sprintf( __( 'A note may have at most %d characters.', 'byline-connector' ), self::NOTE_MAX_CHARS ),
				array( 'status' => 400 )
			);
		}
		return $text;
	}

	private static function add_note( $post_id, $kind, $text, $action ) {
		$user = wp_get_current_user();
		$id   = wp_insert_comment(
			wp_slash(
				array(
					'comment_post_ID'      => $post_id,
					'comment_type'         => self::NOTE_TYPE,
					'comment_approved'     => self::NOTE_STATUS,
					'comment_content'      => $text,
					'comment_author'       => $user->display_name,
					'comment_author_email' => $user->user_email,
					'comment_agent'        => 'Byline',
					'user_id'              => $user->ID,
					'comment_meta'         => array(
						self::NOTE_KIND_META => $kind,
						self::ACTION_META    => $action,
					),
				)
			)
		);
		if ( ! $id ) {
			return new WP_Error( 'byline_note_failed', __( 'The note could not be stored. Try again.', 'byline-connector' ), array( 'status' => 500 ) );
		}
		return self::note_json( get_comment( $id ), $kind );
	}

	public static function bump_on_note( $id, $comment = null ) {
		$comment = $comment ? $comment : get_comment( $id );
		if ( $comment && self::NOTE_TYPE === $comment->comment_type ) {
			self::bump_revision();
		}
	}

	public static function bump_on_note_status( $new_status, $old_status, $comment ) {
		self::bump_on_note( $comment->comment_ID, $comment );
	}

	public static function protect_meta( $protected, $meta_key ) {
		$ours = array( self::STORY_FIELD, self::EMBARGO_META, self::LOCK_SINCE_META, self::RETURNED_META, self::ACTION_META, self::CONTENT_MODIFIED_META );
		return in_array( $meta_key, $ours, true ) ? true : $protected;
	}

	/*
	 * Desk actions: each one request, done once per action UUID.
	 */

	/** The answer an action already done gave, or null. */
	private static function done_action( $post_id, $action ) {
		foreach ( (array) get_post_meta( $post_id, self::ACTION_META ) as $row ) {
			if ( is_string( $row ) && 0 === strpos( $row, $action . ' ' ) ) {
				$answer = json_decode( substr( $row, strlen( $action ) + 1 ), true );
				if ( is_array( $answer ) ) {
					return $answer;
				}
			}
		}
		return null;
	}

	private static function remember_action( $post_id, $action, $answer ) {
		add_post_meta( $post_id, self::ACTION_META, wp_slash( $action . ' ' . wp_json_encode( $answer, JSON_UNESCAPED_UNICODE ) ) );
		$rows = (array) get_post_meta( $post_id, self::ACTION_META );
		// The oldest go once there are too many; a retry comes within minutes, not after a hundred actions.
		for ( $i = 0; $i < count( $rows ) - self::ACTIONS_KEPT; $i++ ) {
			delete_post_meta( $post_id, self::ACTION_META, wp_slash( $rows[ $i ] ) );
		}
	}

	private static function wrong_status( $post ) {
		return new WP_Error(
			'byline_wrong_status',
			__( 'The story is no longer where this action applies; reload it.', 'byline-connector' ),
			array(
				'status'      => 409,
				'post_status' => $post->post_status,
			)
		);
	}

	public static function act( $request ) {
		$post = self::desk_post( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$action = strtolower( (string) $request['action'] );
		$kind   = (string) $request['kind'];
		$text   = self::clean_note( $request['note'] );
		if ( is_wp_error( $text ) ) {
			return $text;
		}
		// One action at a time per story: a retry arriving while the first still runs waits for it.
		$serialized = self::lock( 'post:' . $post->ID );
		if ( is_wp_error( $serialized ) ) {
			return $serialized;
		}
		$done = self::done_action( $post->ID, $action );
		if ( null !== $done ) {
			$done['repeated'] = true;
			return $done;
		}
		$post = get_post( $post->ID ); // As it is now that this request holds the story.

		$note_kind = 'comment';
		$update    = null;
		switch ( $kind ) {
			case 'submit':
				if ( ! in_array( $post->post_status, array( 'draft', 'pending' ), true ) ) {
					return self::wrong_status( $post );
				}
				$update = array( 'post_status' => 'pending' );
				delete_post_meta( $post->ID, self::RETURNED_META );
				break;
			case 'return':
				if ( '' === $text ) {
					return new WP_Error( 'byline_note_required', __( 'Say in a note why the story goes back.', 'byline-connector' ), array( 'status' => 400 ) );
				}
				if ( ! current_user_can( 'edit_others_posts' ) && get_current_user_id() !== (int) $post->post_author ) {
					return new WP_Error( 'byline_forbidden', __( 'Your account may not return this story.', 'byline-connector' ), array( 'status' => rest_authorization_required_code() ) );
				}
				if ( ! in_array( $post->post_status, array( 'draft', 'pending', 'future' ), true ) ) {
					return self::wrong_status( $post );
				}
				$note_kind = 'return';
				$update    = array( 'post_status' => 'draft' );
				break;
			case 'approve':
				if ( ! current_user_can( 'publish_post', $post->ID ) ) {
					return new WP_Error( 'byline_forbidden', __( 'Your account may not publish this story.', 'byline-connector' ), array( 'status' => rest_authorization_required_code() ) );
				}
				if ( ! in_array( $post->post_status, array( 'draft', 'pending', 'future' ), true ) ) {
					return self::wrong_status( $post );
				}
				$when    = empty( $request['at'] ) ? time() : max( time(), (int) rest_parse_date( $request['at'] ) );
				$embargo = self::embargo_time( $post->ID );
				if ( $when < $embargo ) {
					return self::embargo_error( $embargo );
				}
				$gmt       = gmdate( 'Y-m-d H:i:s', $when );
				$note_kind = 'approve';
				$update    = array(
					'post_status'   => $when > time() ? 'future' : 'publish',
					'post_date_gmt' => $gmt,
					'post_date'     => get_date_from_gmt( $gmt ),
					'edit_date'     => true,
				);
				break;
			default: // note
				if ( '' === $text ) {
					return new WP_Error( 'byline_note_required', __( 'The note is empty.', 'byline-connector' ), array( 'status' => 400 ) );
				}
		}

		if ( null !== $update ) {
			$updated = wp_update_post( wp_slash( array_merge( array( 'ID' => $post->ID ), $update ) ), true );
			if ( is_wp_error( $updated ) ) {
				return new WP_Error( 'byline_action_failed', __( 'The site could not change the story. Try again.', 'byline-connector' ), array( 'status' => 500 ) );
			}
			if ( 'return' === $kind ) {
				update_post_meta( $post->ID, self::RETURNED_META, '1' );
			} elseif ( 'approve' === $kind ) {
				delete_post_meta( $post->ID, self::RETURNED_META );
			}
		}
		$note = null;
		if ( '' !== $text ) {
			$note = self::add_note( $post->ID, $note_kind, $text, $action );
			if ( is_wp_error( $note ) ) {
				return $note;
			}
		}
		clean_post_cache( $post->ID );
		$post   = get_post( $post->ID );
		$answer = array(
			'post'     => (int) $post->ID,
			'status'   => $post->post_status,
			'modified' => self::modified_gmt( $post ) . 'Z',
			'note'     => $note,
			'repeated' => false,
		);
		self::remember_action( $post->ID, $action, $answer );
		self::bump_revision();
		return $answer;
	}

	/*
	 * Reading a story back.
	 */

	public static function story( $request ) {
		$post = self::desk_post( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$story  = self::stored_story( $post->ID );
		$photos = array();
		if ( $story && isset( $story->photos ) && is_array( $story->photos ) ) {
			foreach ( array_slice( $story->photos, 0, 500 ) as $photo ) {
				$media = is_object( $photo ) && isset( $photo->media ) ? (int) $photo->media : 0;
				$file  = $media > 0 ? get_post( $media ) : null;
				if ( ! $file || 'attachment' !== $file->post_type ) {
					continue;
				}
				$path     = get_attached_file( $media );
				$photos[] = array(
					'media'   => $media,
					'url'     => (string) wp_get_attachment_url( $media ),
					'mime'    => (string) get_post_mime_type( $media ),
					'bytes'   => $path && is_file( $path ) ? (int) filesize( $path ) : 0,
					'caption' => isset( $photo->caption ) && is_string( $photo->caption ) ? $photo->caption : '',
					'credit'  => isset( $photo->credit ) && is_string( $photo->credit ) ? $photo->credit : '',
					'alt'     => isset( $photo->alt ) && is_string( $photo->alt ) ? $photo->alt : '',
				);
			}
		}
		global $wpdb;
		$notes = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM $wpdb->comments WHERE comment_post_ID = %d AND comment_type = %s AND comment_approved = %s", $post->ID, self::NOTE_TYPE, self::NOTE_STATUS ) );
		return array(
			'post'     => (int) $post->ID,
			'uuid'     => (string) get_post_meta( $post->ID, self::META_KEY, true ),
			'status'   => $post->post_status,
			'modified' => self::modified_gmt( $post ) . 'Z',
			'author'   => self::user_json( $post->post_author ),
			'link'     => (string) get_permalink( $post ),
			'title'    => $post->post_title,
			'content'  => $post->post_content,
			'excerpt'  => $post->post_excerpt,
			'story'    => $story,
			'photos'   => $photos,
			'lock'     => self::post_lock( $post->ID ),
			'notes'    => $notes,
		);
	}

	/*
	 * The inbox: everything the desk list shows, in one request, and almost nothing when nothing changed.
	 */

	public static function bump_revision() {
		update_option( self::REVISION_OPTION, bin2hex( random_bytes( 6 ) ), true );
	}

	public static function bump_on_transition( $new_status, $old_status, $post ) {
		if ( $new_status !== $old_status && $post && 'post' === $post->post_type ) {
			self::bump_revision();
		}
	}

	/** REVISION.UNTIL.USER: the site's desk revision, when time alone changes the answer (0: never), whose. */
	private static function parse_token( $token ) {
		if ( ! is_string( $token ) || ! preg_match( '/^([0-9a-f]{1,32})\\.(\\d{1,12})\\.(\\d{1,20})$/', $token, $m ) ) {
			return null;
		}
		return array(
			'revision' => $m[1],
			'until'    => (int) $m[2],
			'user'     => (int) $m[3],
		);
	}

	public static function inbox( $request ) {
		global $wpdb;
		// Read before the stories: a change while they are read makes the next poll read them again.
		$revision = (string) get_option( self::REVISION_OPTION, '' );
		if ( ! preg_match( '/^[0-9a-f]{1,32}$/', $revision ) ) {
			self::bump_revision();
			$revision = (string) get_option( self::REVISION_OPTION );
		}
		$me    = get_current_user_id();
		$now   = time();
		$since = self::parse_token( $request['since'] );
		if ( $since && $since['revision'] === $revision && $since['user'] === $me
			&& ( 0 === $since['until'] || $now < $since['until'] ) ) {
			return array(
				'token'   => $request['since'],
				'changed' => false,
			);
		}

		// Only what the account may edit: WordPress's rules for edit_post, as SQL.
		$others     = current_user_can( 'edit_others_posts' );
		$published  = current_user_can( 'edit_published_posts' );
		$conditions = array(
			"p.post_status = 'pending'",
			$wpdb->prepare(
				"(p.post_status = 'draft' AND (p.post_author = %d OR EXISTS (SELECT 1 FROM $wpdb->postmeta r WHERE r.post_id = p.ID AND r.meta_key = %s AND r.meta_value = '1')))",
				$me,
				self::RETURNED_META
			),
		);
		if ( $published ) {
			$conditions[] = "p.post_status = 'future'";
			$conditions[] = $wpdb->prepare( "(p.post_status = 'publish' AND p.post_modified_gmt >= %s)", gmdate( 'Y-m-d H:i:s', $now - self::INBOX_PUBLISHED_SECONDS ) );
		}
		$author = $others ? '' : $wpdb->prepare( ' AND p.post_author = %d', $me );
		$rows   = $wpdb->get_results(
			"SELECT p.ID, p.post_author, p.post_title, p.post_status, p.post_modified_gmt, p.post_modified, p.post_date_gmt
			FROM $wpdb->posts p WHERE p.post_type = 'post' AND (" . implode( ' OR ', $conditions ) . ")$author
			ORDER BY p.post_modified_gmt DESC, p.ID DESC LIMIT " . (int) self::INBOX_MAX
		);

		$ids   = array_map( 'intval', wp_list_pluck( $rows, 'ID' ) );
		$in    = empty( $ids ) ? '0' : implode( ',', $ids );
		$meta  = array();
		$notes = array();
		$names = array();
		$users = array();
		$terms = array();
		if ( ! empty( $ids ) ) {
			// Only the meta the list shows: the story structure itself can be megabytes per post.
			$keys = array( self::META_KEY, self::EMBARGO_META, '_edit_lock', self::LOCK_SINCE_META, self::RETURNED_META );
			foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT post_id, meta_key, meta_value FROM $wpdb->postmeta WHERE post_id IN ($in) AND meta_key IN (%s, %s, %s, %s, %s)", $keys ) ) as $row ) {
				$meta[ (int) $row->post_id ][ $row->meta_key ] = $row->meta_value;
			}
			// Per story: how many notes and the last one, in one query.
			$note_rows = $wpdb->get_results(
				$wpdb->prepare(
					"SELECT x.post, x.n, c.comment_ID, c.user_id, c.comment_date_gmt, LEFT(c.comment_content, %d) AS comment_content, m.meta_value AS kind
					FROM (SELECT comment_post_ID AS post, COUNT(*) AS n, MAX(comment_ID) AS last FROM $wpdb->comments
						WHERE comment_post_ID IN ($in) AND comment_type = %s AND comment_approved = %s GROUP BY comment_post_ID) x
					JOIN $wpdb->comments c ON c.comment_ID = x.last
					LEFT JOIN $wpdb->commentmeta m ON m.comment_id = c.comment_ID AND m.meta_key = %s",
					self::INBOX_NOTE_CHARS,
					self::NOTE_TYPE,
					self::NOTE_STATUS,
					self::NOTE_KIND_META
				)
			);
			foreach ( $note_rows as $row ) {
				$notes[ (int) $row->post ] = $row;
				$users[]                   = (int) $row->user_id;
			}
			// The section: the story's first category (the site has few; their names in one small query).
			$categories = array();
			foreach ( $wpdb->get_results( "SELECT tt.term_taxonomy_id, t.name FROM $wpdb->term_taxonomy tt JOIN $wpdb->terms t ON t.term_id = tt.term_id WHERE tt.taxonomy = 'category'" ) as $row ) {
				$categories[ (int) $row->term_taxonomy_id ] = $row->name;
			}
			foreach ( $wpdb->get_results( "SELECT object_id, term_taxonomy_id FROM $wpdb->term_relationships WHERE object_id IN ($in) ORDER BY term_taxonomy_id" ) as $row ) {
				if ( ! isset( $terms[ (int) $row->object_id ] ) && isset( $categories[ (int) $row->term_taxonomy_id ] ) ) {
					$terms[ (int) $row->object_id ] = $categories[ (int) $row->term_taxonomy_id ];
				}
			}
			foreach ( $rows as $row ) {
				$users[] = (int) $row->post_author;
				$lock    = isset( $meta[ (int) $row->ID ]['_edit_lock'] ) ? self::parse_lock( $meta[ (int) $row->ID ]['_edit_lock'] ) : null;
				if ( $lock ) {
					$users[] = $lock['user'];
				}
			}
			$users = array_values( array_unique( array_filter( $users ) ) );
			if ( ! empty( $users ) ) {
				foreach ( $wpdb->get_results( "SELECT ID, display_name FROM $wpdb->users WHERE ID IN (" . implode( ',', $users ) . ')' ) as $row ) {
					$names[ (int) $row->ID ] = $row->display_name;
				}
			}
		}

		$until   = 0;
		$later   = static function ( $time ) use ( &$until, $now ) {
			if ( $time > $now && ( 0 === $until || $time < $until ) ) {
				$until = $time;
			}
		};
		$stories = array();
		foreach ( $rows as $row ) {
			$id       = (int) $row->ID;
			$m        = isset( $meta[ $id ] ) ? $meta[ $id ] : array();
			$lock     = self::lock_json( isset( $m['_edit_lock'] ) ? $m['_edit_lock'] : '', isset( $m[ self::LOCK_SINCE_META ] ) ? $m[ self::LOCK_SINCE_META ] : 0, $names );
			$embargo  = isset( $m[ self::EMBARGO_META ] ) ? self::rest_time( $m[ self::EMBARGO_META ] ) : 0;
			// The database's UTC time as RFC 3339, without a DateTime per story.
			$modified = '0000-00-00 00:00:00' === $row->post_modified_gmt ? self::modified_gmt( $row ) . 'Z' : str_replace( ' ', 'T', $row->post_modified_gmt ) . 'Z';
			$note     = isset( $notes[ $id ] ) ? $notes[ $id ] : null;
			if ( $lock ) {
				$later( (int) strtotime( $lock['expires'] ) );
			}
			if ( 'publish' === $row->post_status ) {
				$later( (int) strtotime( $row->post_modified_gmt . ' GMT' ) + self::INBOX_PUBLISHED_SECONDS );
			}
			$scheduled = null;
			if ( 'future' === $row->post_status ) {
				$time      = strtotime( $row->post_date_gmt . ' GMT' );
				$scheduled = self::rfc3339( $time );
				$later( $time );
			}
			$stories[] = array(
				'post'     => $id,
				'uuid'     => isset( $m[ self::META_KEY ] ) ? (string) $m[ self::META_KEY ] : '',
				'headline' => (string) $row->post_title,
				'status'   => $row->post_status,
				'author'   => self::user_json( $row->post_author, $names ),
				'modified' => $modified,
				'section'  => isset( $terms[ $id ] ) ? $terms[ $id ] : '',
				'lock'     => $lock,
				'scheduled' => $scheduled,
				'embargo'  => $embargo > 0 ? self::rfc3339( $embargo ) : null,
				'notes'    => $note ? (int) $note->n : 0,
				'lastNote' => $note ? self::note_json( $note, $note->kind, $names ) : null,
				'returned' => 'draft' === $row->post_status && isset( $m[ self::RETURNED_META ] ) && '1' === $m[ self::RETURNED_META ],
			);
		}
		return array(
			'token'   => $revision . '.' . $until . '.' . $me,
			'changed' => true,
			'now'     => self::rfc3339( $now ),
			'stories' => $stories,
		);
	}

	/** Byline's routes answer Korean as UTF-8, not \uXXXX: a third of the bytes. */
	public static function json_options( $options, $request ) {
		if ( 0 === strpos( (string) $request->get_route(), '/byline/v1/' ) ) {
			$options |= JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;
		}
		return $options;
	}

	/** The inbox is polled every few seconds: headers a JSON client never reads stay off its answer. */
	public static function trim_idle_poll_headers( $served, $result, $request, $server ) {
		if ( '/byline/v1/inbox' === $request->get_route() && ! headers_sent() ) {
			foreach ( array( 'Link', 'X-Robots-Tag', 'Access-Control-Expose-Headers', 'Access-Control-Allow-Headers', 'Expires', 'Allow' ) as $name ) {
				header_remove( $name );
			}
			header( 'Cache-Control: no-store, private' );
		}
		return $served;
	}
}

Byline_Connector::boot();
