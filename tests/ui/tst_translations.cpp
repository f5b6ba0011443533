// Every string of translations/sluice_de.ts is translated (none left unfinished or empty), and
// translations/sluice_en.ts gives every plural message its English singular and plural forms.

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void germanIsComplete();
    void englishPluralsAreComplete();
};

void TestTranslations::germanIsComplete() {
    QFile file(QDir(QStringLiteral(SLUICE_TS_DIR)).filePath(QStringLiteral("sluice_de.ts")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList missing;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            ++messages;
            // Plural messages keep their text in <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                missing << QStringLiteral("%1: %2").arg(context, source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 50);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("untranslated:\n") + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreComplete() {
    QFile file(QDir(QStringLiteral(SLUICE_TS_DIR)).filePath(QStringLiteral("sluice_en.ts")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList forms;
    int messages = 0;
    QStringList wrong;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            forms.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            // Two forms, each with the count, and each with one "(s)" fewer than the source where it has one.
            const bool ok =
                forms.size() == 2 &&
                std::all_of(forms.cbegin(), forms.cend(),
                            [&source](const QString& f) {
                                return f.contains(QLatin1String("%n")) || f.contains(QLatin1String("%Ln"));
                            }) &&
                (!source.contains(QLatin1String("(s)")) ||
                 (forms.at(0).count(QLatin1String("(s)")) < source.count(QLatin1String("(s)")) &&
                  forms.at(1).count(QLatin1String("(s)")) < source.count(QLatin1String("(s)"))));
            if (!ok)
                wrong << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages >= 20);
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("incomplete:\n") + wrong.join(QLatin1Char('\n'))));

    // The compiled file the GUI embeds says "1 warning" and "2 warnings".
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(SLUICE_EN_QM)));
    QCOMPARE(english.translate("sluice::Runner", "OK with %n warning(s) in %1 ms: %2", nullptr, 1),
             QStringLiteral("OK with %n warning in %1 ms: %2"));
    QCOMPARE(english.translate("sluice::Runner", "OK with %n warning(s) in %1 ms: %2", nullptr, 2),
             QStringLiteral("OK with %n warnings in %1 ms: %2"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
