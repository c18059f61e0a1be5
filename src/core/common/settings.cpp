#include "settings.h"

#include "bylineversion.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Byline {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Byline"_s);
    QCoreApplication::setOrganizationDomain(u"byline.news"_s);
    QCoreApplication::setApplicationName(u"Byline"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BYLINE_VERSION_STRING));
}

} // namespace Byline
