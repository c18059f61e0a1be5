#include "common/translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseLanguage_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: Korean system") << QString() << QStringList {u"ko-KR"_s} << u"ko"_s;
        QTest::newRow("nominal: English system") << QString() << QStringList {u"en-US"_s} << u"en"_s;
        QTest::newRow("nominal: override wins") << u"en"_s << QStringList {u"ko-KR"_s} << u"en"_s;
        QTest::newRow("nominal: first known of several") << QString() << QStringList {u"de-DE"_s, u"ko"_s} << u"ko"_s;
        QTest::newRow("robustness: POSIX style name") << QString() << QStringList {u"ko_KR"_s} << u"ko"_s;
        QTest::newRow("robustness: unknown falls back to English") << QString() << QStringList {u"fr-FR"_s} << u"en"_s;
        QTest::newRow("robustness: unknown override ignored") << u"xx"_s << QStringList {u"ko-KR"_s} << u"ko"_s;
    }

    void chooseLanguage()
    {
        QFETCH(QString, override);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(I18n::chooseLanguage(override, system), expected);
    }

    // Every Korean string is translated: a Korean desk never meets English
    // fragments in the middle of the UI.
    void koreanCatalogueIsComplete()
    {
        QFile file(qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/translations/byline_ko.ts"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList untranslated;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == "translation"_L1) {
                const bool unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    untranslated << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"untranslated: "_s + untranslated.join(u" | "_s)));
    }

    // lupdate files a tr() under the class it is written in; at run time tr()
    // is the one of the nearest class up that declares Q_OBJECT or
    // Q_DECLARE_TR_FUNCTIONS. A subclass without its own declaration looks in
    // its base's context and never finds its Korean: every context in the
    // catalogue must be one the code declares.
    void everyContextIsDeclaredInTheCode()
    {
        const QString top = qEnvironmentVariable("BYLINE_SOURCE_DIR");
        QSet<QString> declared;
        const QRegularExpression trFunctions(u"Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\)"_s);
        const QRegularExpression qObjectClass(u"class\\s+(\\w+)[^;{]*\\{\\s*Q_OBJECT"_s);
        const QRegularExpression translate(u"translate\\(\"([\\w:]+)\""_s);
        QDirIterator files(top + u"/src"_s, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QString text = QString::fromUtf8(file.readAll());
            ++read;
            for (const QRegularExpression *pattern : {&trFunctions, &translate}) {
                for (const QRegularExpressionMatch &match : pattern->globalMatch(text))
                    declared.insert(match.captured(1));
            }
            for (const QRegularExpressionMatch &match : qObjectClass.globalMatch(text))
                declared.insert(u"Byline::"_s + match.captured(1));
        }
        QVERIFY(read > 50);

        QFile catalogue(top + u"/translations/byline_ko.ts"_s);
        QVERIFY2(catalogue.open(QIODevice::ReadOnly), qPrintable(catalogue.fileName()));
        QXmlStreamReader xml(&catalogue);
        QStringList orphans;
        int contexts = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != "name"_L1)
                continue;
            const QString context = xml.readElementText();
            ++contexts;
            // Contexts of Designer forms (no namespace) come from uic, which uses them as they are.
            if (context.startsWith(u"Byline::"_s) && !declared.contains(context))
                orphans << context;
        }
        QVERIFY(contexts > 20);
        QVERIFY2(
            orphans.isEmpty(), qPrintable(u"declared nowhere, so never used at run time: "_s + orphans.join(u", "_s)));
    }

    void installLoadsKorean()
    {
        QCOMPARE(I18n::install(QCoreApplication::instance(), u"ko"_s), u"ko"_s);
        QCOMPARE(QCoreApplication::translate("Byline::Cli", "Commands:"), u"명령:"_s);
        QCOMPARE(QLocale().language(), QLocale::Korean);
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
