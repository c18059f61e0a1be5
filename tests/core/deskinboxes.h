#pragma once

// Desk lists for the desk's tests: stories as the connector's inbox gives them.

#include "desk/deskstory.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Byline::Test {

inline const DeskUser reporterKim {7, QStringLiteral("김민지")};
inline const DeskUser reporterPark {8, QStringLiteral("박서준")};
inline const DeskUser deskLee {3, QStringLiteral("김데스크")};

inline DeskStory deskStory(qint64 post, const QString &headline, const QString &status, const DeskUser &author,
    const QString &section = QStringLiteral("사회"))
{
    DeskStory story;
    story.post = post;
    story.uuid = QUuid::createUuidV5(QUuid(), QString::number(post));
    story.headline = headline;
    story.status = status;
    story.author = author;
    story.section = section;
    story.modified = QDateTime::currentDateTimeUtc().addSecs(-60 * post);
    return story;
}

inline DeskStory lockedStory(DeskStory story, const DeskUser &holder, const QDateTime &since)
{
    story.lock = DeskLock {holder, since, since.addSecs(150)};
    return story;
}

inline DeskStory returnedStory(DeskStory story, const QString &note, qint64 noteId = 100)
{
    story.status = QStringLiteral("draft");
    story.returned = true;
    story.notes += 1;
    story.lastNote = DeskNote {noteId, deskLee, QDateTime::currentDateTimeUtc(), DeskNoteKind::Return, note};
    return story;
}

// A desk's morning: two filed, one being edited, one returned, one scheduled,
// one published, and the reporter's own draft.
inline DeskInbox morningInbox()
{
    DeskInbox inbox;
    inbox.token = QStringLiteral("t1");
    inbox.fetched = QDateTime::currentDateTimeUtc();
    inbox.stories = {
        deskStory(101, QStringLiteral("춘천 공지천 수달 가족 다시 보여"), QStringLiteral("pending"), reporterKim),
        deskStory(102, QStringLiteral("도의회 예산안 처리 지연"), QStringLiteral("pending"), reporterPark,
            QStringLiteral("정치")),
        lockedStory(deskStory(103, QStringLiteral("소양강댐 방류 시작"), QStringLiteral("pending"), reporterPark),
            deskLee, QDateTime::currentDateTimeUtc().addSecs(-600)),
        returnedStory(deskStory(104, QStringLiteral("시내버스 노선 개편"), QStringLiteral("draft"), reporterKim),
            QStringLiteral("2문단 인용 출처를 밝혀 주세요.")),
        deskStory(105, QStringLiteral("강원 첫눈 예보"), QStringLiteral("future"), reporterPark),
        deskStory(
            106, QStringLiteral("춘천마라톤 성료"), QStringLiteral("publish"), reporterKim, QStringLiteral("스포츠")),
        deskStory(107, QStringLiteral("김민지 기자 작성 중"), QStringLiteral("draft"), reporterKim),
    };
    inbox.stories[4].scheduled = QDateTime::currentDateTimeUtc().addSecs(3600);
    return inbox;
}

} // namespace Byline::Test
