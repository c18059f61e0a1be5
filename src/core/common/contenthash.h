#pragma once

#include <QByteArray>
#include <QString>

namespace Byline {

// SHA-256 of content, as lowercase hex: names stored photos (so the same
// picture is kept once) and identifies uploads. Uses OpenSSL where the
// build has it (SHA extensions make it several times faster than Qt's
// portable code on a 12-megapixel photo), Qt otherwise; the result is the same.
QString sha256Hex(const QByteArray &content);

} // namespace Byline
