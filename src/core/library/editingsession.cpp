#include "editingsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Byline {

EditingSession::EditingSession(const QString &libraryDirectory)
    : m_path(libraryDirectory + u"/.byline-session"_s)
{ }

EditingSession::~EditingSession()
{
    // Destroyed without end(): the process is going down on an error path;
    // leave the marker so the next start knows.
}

bool EditingSession::begin()
{
    QFile previous(m_path);
    if (previous.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(previous.readAll()).object();
        m_previousUnclean = true;
        m_previousArticleId = json.value(u"article"_s).toInteger();
        m_previousStarted = QDateTime::fromString(json.value(u"started"_s).toString(), Qt::ISODate);
    }
    m_started = QDateTime::currentDateTimeUtc();
    m_active = true;
    write();
    return true;
}

void EditingSession::setArticle(qint64 articleId)
{
    if (m_articleId == articleId)
        return;
    m_articleId = articleId;
    if (m_active)
        write();
}

void EditingSession::end()
{
    m_active = false;
    QFile::remove(m_path);
}

void EditingSession::write()
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return; // a read-only library: nothing to mark, the editor says so elsewhere
    file.write(QJsonDocument(QJsonObject {{u"pid"_s, QCoreApplication::applicationPid()}, {u"article"_s, m_articleId},
                                 {u"started"_s, m_started.toString(Qt::ISODate)}})
            .toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace Byline
