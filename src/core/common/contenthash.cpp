#include "contenthash.h"

#include <QCryptographicHash>

#if BYLINE_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

namespace Byline {

QString sha256Hex(const QByteArray &content)
{
#if BYLINE_HAVE_OPENSSL
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(content.constData(), size_t(content.size()), digest, &length, EVP_sha256(), nullptr) == 1)
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
#endif
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace Byline
