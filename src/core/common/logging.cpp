#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "byline.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "byline.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "byline.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "byline.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "byline.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRender, "byline.render", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPublish, "byline.publish", QtInfoMsg)
