// Offscreen tests of the OCR review tab on a real image: text rendered with QPainter into a PNG, and an
// `ocr` result whose word boxes are where the words were drawn. Clicks on boxes, cursor moves in the text,
// the threshold slider, keyboard stepping, in-place edits and the save into the result file, the .txt
// and the hOCR (parsed back with QXmlStreamReader).

#include "ocr/ocr_corrections.h"
#include "pipeline/runner.h"
#include "ui/ocr_review_tab.h"
#include "ui/ocr_word_model.h"
#include "ui/ocr_word_overlay_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace sluice;

namespace {

/// The words drawn on the test page, and what the "OCR" made of them.
struct DrawnWord {
    QString drawn;
    QString read;
    double confidence;
    int line;
};

const QList<DrawnWord> kWords{{QStringLiteral("Sluice"), QStringLiteral("Sluice"), 95.0, 0},
                              {QStringLiteral("reads"), QStringLiteral("rcads"), 40.0, 0},
                              {QStringLiteral("scans"), QStringLiteral("scans"), 88.0, 0},
                              {QStringLiteral("every"), QStringLiteral("evcry"), 55.0, 1},
                              {QStringLiteral("word"), QStringLiteral("word"), 97.0, 1}};

QJsonArray xywh(const QRect& r) {
    return QJsonArray{r.x(), r.y(), r.width(), r.height()};
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOcrReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void acceptsOcrResultsAndSummarises();
    void clickingABoxSelectsTheWordInTheText();
    void movingTheCursorInTheTextHighlightsTheBox();
    void thresholdSliderChangesTheLowList();
    void keyboardStepsThroughLowWords();
    void editingWordsUpdatesTextListAndSaves();
    void togglesThePreprocessedImage();
    void pagesHaveTheirOwnWords();

private:
    std::unique_ptr<OcrReviewTab> openTab();

    QTemporaryDir m_dir;
    QString m_image;
    QString m_preprocessed;
    QString m_resultDir;
    QString m_resultFile;
    QList<QRect> m_boxes; ///< where each word of kWords was drawn, page pixels
    QJsonObject m_result;
};

void TestOcrReview::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sluice-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ocr_review"));
    QVERIFY(m_dir.isValid());

    // The page: two lines of black text on white, 900 × 320 px.
    QImage page(900, 320, QImage::Format_RGB32);
    page.fill(Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(48);
    QFontMetrics fm(font);
    {
        QPainter p(&page);
        p.setFont(font);
        p.setPen(Qt::black);
        int x = 40;
        int line = 0;
        for (const DrawnWord& w : kWords) {
            if (w.line != line) {
                line = w.line;
                x = 40;
            }
            const int baseline = 100 + 100 * line;
            p.drawText(x, baseline, w.drawn);
            m_boxes << fm.tightBoundingRect(w.drawn).translated(x, baseline).adjusted(-2, -2, 2, 2);
            x += fm.horizontalAdvance(w.drawn + QLatin1Char(' '));
        }
    }
    m_image = m_dir.filePath(QStringLiteral("scan.png"));
    QVERIFY(page.save(m_image));
    // The "preprocessed" image: inverted, so a test can tell which one is shown.
    QImage inverted = page;
    inverted.invertPixels();
    m_preprocessed = m_dir.filePath(QStringLiteral("scan.prep.png"));
    QVERIFY(inverted.save(m_preprocessed));

    QJsonArray words;
    QJsonArray lines;
    QRect lineBox[2];
    QStringList lineText[2];
    for (int i = 0; i < kWords.size(); ++i) {
        words.append(QJsonObject{{QStringLiteral("text"), kWords.at(i).read},
                                 {QStringLiteral("confidence"), kWords.at(i).confidence},
                                 {QStringLiteral("bbox"), xywh(m_boxes.at(i))},
                                 {QStringLiteral("line"), kWords.at(i).line},
                                 {QStringLiteral("block"), 0}});
        lineBox[kWords.at(i).line] |= m_boxes.at(i);
        lineText[kWords.at(i).line] << kWords.at(i).read;
    }
    for (int l = 0; l < 2; ++l)
        lines.append(QJsonObject{{QStringLiteral("text"), lineText[l].join(QLatin1Char(' '))},
                                 {QStringLiteral("confidence"), 70.0},
                                 {QStringLiteral("bbox"), xywh(lineBox[l])},
                                 {QStringLiteral("block"), 0}});
    const QJsonObject page1{{QStringLiteral("page"), 1},
                            {QStringLiteral("width"), 900},
                            {QStringLiteral("height"), 320},
                            {QStringLiteral("dpi"), 300},
                            {QStringLiteral("source_image"), m_image},
                            {QStringLiteral("preprocessed_image"), m_preprocessed},
                            {QStringLiteral("preprocessing"),
                             QJsonArray{QJsonObject{{QStringLiteral("step"), QStringLiteral("deskew")},
                                                    {QStringLiteral("angle_deg"), -3.2}},
                                        QJsonObject{{QStringLiteral("step"), QStringLiteral("orientation")},
                                                    {QStringLiteral("rotation_deg"), 180},
                                                    {QStringLiteral("method"), QStringLiteral("osd")}}}},
                            {QStringLiteral("text"), QStringLiteral("Sluice rcads scans\nevcry word\n\n")},
                            {QStringLiteral("mean_confidence"), 75.0},
                            {QStringLiteral("words"), words},
                            {QStringLiteral("lines"), lines},
                            {QStringLiteral("blocks"),
                             QJsonArray{QJsonObject{{QStringLiteral("bbox"), xywh(lineBox[0] | lineBox[1])},
                                                    {QStringLiteral("confidence"), 75.0},
                                                    {QStringLiteral("paragraphs"), 1}}}}};
    const QJsonObject page2{
        {QStringLiteral("page"), 2},
        {QStringLiteral("width"), 900},
        {QStringLiteral("height"), 320},
        {QStringLiteral("dpi"), 300},
        {QStringLiteral("source_image"), m_image},
        {QStringLiteral("preprocessed_image"), QString()},
        {QStringLiteral("text"), QStringLiteral("Sluice\n\n")},
        {QStringLiteral("mean_confidence"), 95.0},
        {QStringLiteral("words"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Sluice")},
                                                         {QStringLiteral("confidence"), 95.0},
                                                         {QStringLiteral("bbox"), xywh(m_boxes.at(0))},
                                                         {QStringLiteral("line"), 0},
                                                         {QStringLiteral("block"), 0}}}},
        {QStringLiteral("lines"), QJsonArray{lines.at(0)}},
        {QStringLiteral("blocks"), QJsonArray{QJsonObject{{QStringLiteral("bbox"), xywh(lineBox[0])}}}}};
    const QJsonObject ocr{
        {QStringLiteral("languages"), QStringLiteral("eng")},
        {QStringLiteral("psm"), 3},
        {QStringLiteral("oem"), 1},
        {QStringLiteral("mean_confidence"), 75.0},
        {QStringLiteral("text"), QStringLiteral("Sluice rcads scans\nevcry word\n\n\fSluice\n\n")},
        {QStringLiteral("stats"), QJsonObject{{QStringLiteral("pages"), 2},
                                              {QStringLiteral("words"), 6},
                                              {QStringLiteral("lines"), 3},
                                              {QStringLiteral("chars"), 31},
                                              {QStringLiteral("low_confidence_words"), 2}}},
        {QStringLiteral("files"), QJsonObject{}},
        {QStringLiteral("pages"), QJsonArray{page1, page2}}};
    m_result = QJsonObject{
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), m_image},
                                               {QStringLiteral("mime"), QStringLiteral("image/png")}}},
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("node_order"), QJsonArray{QStringLiteral("mime"), QStringLiteral("ocr")}},
        {QStringLiteral("stages"),
         QJsonObject{
             {QStringLiteral("mime"), QJsonObject{{QStringLiteral("mime"), QStringLiteral("image/png")}}},
             {QStringLiteral("ocr"), ocr}}}};
    m_resultDir = m_dir.filePath(QStringLiteral("results"));
    m_resultFile = Runner::resultPathFor(m_resultDir, m_image);
}

void TestOcrReview::init() {
    // A fresh result file and threshold for every test.
    QVERIFY(QDir().mkpath(m_resultDir));
    QFile f(m_resultFile);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(m_result).toJson());
    f.close();
    QFile::remove(QDir(m_resultDir).filePath(QStringLiteral("scan.png.ocr.corrected.txt")));
    QFile::remove(QDir(m_resultDir).filePath(QStringLiteral("scan.png.ocr.corrected.hocr")));
    QSettings().setValue(QStringLiteral("ocrReview/threshold"), 60);
}

std::unique_ptr<OcrReviewTab> TestOcrReview::openTab() {
    auto tab = std::make_unique<OcrReviewTab>(nullptr);
    tab->setResultDir(m_resultDir);
    tab->resize(1300, 700);
    tab->show();
    if (!QTest::qWaitForWindowExposed(tab.get()))
        return {};
    QSignalSpy shown(tab.get(), &OcrReviewTab::pageImageShown);
    tab->showResult(m_image, m_result);
    if (!shown.wait(10000) || !shown.last().at(1).toBool())
        return {};
    return tab;
}

void TestOcrReview::acceptsOcrResultsAndSummarises() {
    OcrReviewTab probe(nullptr);
    QVERIFY(probe.accepts(m_result));
    QJsonObject other = m_result;
    other.insert(QStringLiteral("stages"), QJsonObject{{QStringLiteral("mime"), QJsonObject{}}});
    QVERIFY(!probe.accepts(other));

    auto tab = openTab();
    QVERIFY(tab);
    new QAbstractItemModelTester(tab->wordModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 tab.get());
    new QAbstractItemModelTester(tab->lowWords(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 tab.get());
    QVERIFY(tab->view()->hasImage());
    QCOMPARE(tab->view()->pageSize(), QSizeF(900, 320));
    QCOMPARE(tab->pageCount(), 2);
    QCOMPARE(tab->wordModel()->rowCount(), 5);
    QCOMPARE(tab->textView()->toPlainText(), QStringLiteral("Sluice rcads scans\nevcry word\n\n"));
    const QString summary = tab->summary();
    QVERIFY2(summary.contains(QStringLiteral("Mean confidence 75.0")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Words: 6")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Below 60: 2")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("deskewed −3.2°, rotated 180°")), qPrintable(summary));
    // The boxes sit on the drawn words: the page is shown at the scale of the view, box for box.
    const double z = tab->view()->zoom();
    QVERIFY2(z > 0.3 && z < 2, qPrintable(QStringLiteral("zoom %1, view %2 × %3")
                                              .arg(z)
                                              .arg(tab->view()->width())
                                              .arg(tab->view()->height())));
    const QRect box = tab->view()->viewportRectOf(2);
    QVERIFY(qAbs(box.width() - m_boxes.at(2).width() * z) <= 2);
    // The pixels under a box are ink: some are dark in the view as drawn.
    const QImage shot = tab->view()->viewport()->grab().toImage();
    int dark = 0;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            dark += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
    QVERIFY2(dark > box.width() * box.height() / 20, qPrintable(QString::number(dark)));
}

void TestOcrReview::clickingABoxSelectsTheWordInTheText() {
    auto tab = openTab();
    QVERIFY(tab);
    QTest::mouseClick(tab->view()->viewport(), Qt::LeftButton, {}, tab->view()->viewportRectOf(2).center());
    QCOMPARE(tab->currentWord(), 2);
    QCOMPARE(tab->view()->currentWord(), 2);
    QCOMPARE(tab->textView()->textCursor().selectedText(), QStringLiteral("scans"));
    QVERIFY(!tab->lowWordList()->currentIndex().isValid()); // 88 is above the threshold

    QTest::mouseClick(tab->view()->viewport(), Qt::LeftButton, {}, tab->view()->viewportRectOf(1).center());
    QCOMPARE(tab->textView()->textCursor().selectedText(), QStringLiteral("rcads"));
    const QModelIndex current = tab->lowWordList()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(OcrWordModel::WordIndexRole).toInt(), 1);

    // A click beside every box selects nothing new.
    QTest::mouseClick(tab->view()->viewport(), Qt::LeftButton, {},
                      tab->view()->mapFromScene(QPointF(880, 300)));
    QCOMPARE(tab->currentWord(), 1);
}

void TestOcrReview::movingTheCursorInTheTextHighlightsTheBox() {
    auto tab = openTab();
    QVERIFY(tab);
    tab->view()->setZoom(4.0);
    QPlainTextEdit* text = tab->textView();
    text->setFocus();
    // A click in the text on "word".
    const int position = QStringLiteral("Sluice rcads scans\nevcry wo").size();
    QTextCursor c(text->document());
    c.setPosition(position);
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(c).center());
    QCOMPARE(text->textCursor().position(), position);
    QCOMPARE(tab->currentWord(), 4);
    QCOMPARE(tab->view()->currentWord(), 4);
    // Scrolled into view at 400 %.
    QVERIFY(tab->view()->viewport()->rect().contains(tab->view()->viewportRectOf(4)));
    // Keys move the cursor: Home goes to "evcry", Up to "Sluice".
    QTest::keyClick(text, Qt::Key_Home);
    QCOMPARE(tab->view()->currentWord(), 3);
    QCOMPARE(tab->lowWordList()->currentIndex().data(OcrWordModel::WordIndexRole).toInt(), 3);
    QTest::keyClick(text, Qt::Key_Up);
    QCOMPARE(tab->view()->currentWord(), 0);
    QVERIFY(tab->view()->viewport()->rect().contains(tab->view()->viewportRectOf(0)));
}

void TestOcrReview::thresholdSliderChangesTheLowList() {
    auto tab = openTab();
    QVERIFY(tab);
    QCOMPARE(tab->thresholdSlider()->value(), 60);
    QCOMPARE(tab->lowWords()->rowCount(), 2);
    QCOMPARE(tab->lowWords()->index(0, 0).data().toString(), QStringLiteral("rcads"));
    QCOMPARE(tab->lowWords()->index(1, 0).data().toString(), QStringLiteral("evcry"));
    QTest::keyClick(tab->thresholdSlider(), Qt::Key_PageUp); // +10 (pageStep)
    QCOMPARE(tab->thresholdSlider()->value(), 70);
    tab->thresholdSlider()->setValue(90);
    QCOMPARE(tab->lowWords()->rowCount(), 3);
    QCOMPARE(tab->lowWords()->index(2, 0).data().toString(), QStringLiteral("evcry"));
    QVERIFY(tab->summary().contains(QStringLiteral("Below 90: 3")));
    tab->thresholdSlider()->setValue(30);
    QCOMPARE(tab->lowWords()->rowCount(), 0);
    // Remembered for the next tab.
    QCOMPARE(QSettings().value(QStringLiteral("ocrReview/threshold")).toInt(), 30);
    OcrReviewTab next(nullptr);
    QCOMPARE(next.thresholdSlider()->value(), 30);
    QCOMPARE(next.lowWords()->threshold(), 30.0);
}

void TestOcrReview::keyboardStepsThroughLowWords() {
    auto tab = openTab();
    QVERIFY(tab);
    tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(tab.get()));
    // F3 from the page (a list that gets the focus makes its first row current, that is word 1).
    QWidget* viewport = tab->view();
    viewport->setFocus();
    QCOMPARE(tab->currentWord(), -1);
    QTest::keyClick(viewport, Qt::Key_F3);
    QCOMPARE(tab->currentWord(), 1);
    QTest::keyClick(viewport, Qt::Key_F3);
    QCOMPARE(tab->currentWord(), 3);
    QTest::keyClick(viewport, Qt::Key_F3); // wraps
    QCOMPARE(tab->currentWord(), 1);
    QTest::keyClick(viewport, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(tab->currentWord(), 3);
    tab->lowWordList()->setFocus();
    QCOMPARE(tab->textView()->textCursor().selectedText(), QStringLiteral("evcry"));
    QTest::keyClick(tab->lowWordList(), Qt::Key_Up);
    QCOMPARE(tab->currentWord(), 1);
    QTest::keyClick(tab->lowWordList(), Qt::Key_Down);
    QCOMPARE(tab->currentWord(), 3);
    // From a word in the text, F3 goes to the next low word after it.
    tab->selectWord(2);
    tab->textView()->setFocus();
    QTest::keyClick(tab->textView(), Qt::Key_F3);
    QCOMPARE(tab->currentWord(), 3);
}

void TestOcrReview::editingWordsUpdatesTextListAndSaves() {
    auto tab = openTab();
    QVERIFY(tab);
    tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(tab.get()));
    // Double-click on the box of "rcads", type the word, Enter.
    QTest::mouseDClick(tab->view()->viewport(), Qt::LeftButton, {}, tab->view()->viewportRectOf(1).center());
    QLineEdit* editor = tab->view()->editor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("rcads"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("reads"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!tab->view()->editor());
    QCOMPARE(tab->textView()->toPlainText(), QStringLiteral("Sluice reads scans\nevcry word\n\n"));
    QCOMPARE(tab->wordModel()->wordText(1), QStringLiteral("reads"));
    QCOMPARE(tab->lowWords()->index(0, 0).data().toString(), QStringLiteral("reads"));
    QVERIFY(tab->lowWords()->index(0, 0).data(OcrWordModel::CorrectedRole).toBool());
    QCOMPARE(tab->unsavedCorrections(), 1);

    // In the list: select "evcry", Enter, type, Enter.
    QTreeView* list = tab->lowWordList();
    list->setFocus();
    list->setCurrentIndex(tab->lowWords()->index(1, 0));
    QCOMPARE(tab->currentWord(), 3);
    QTest::keyClick(list, Qt::Key_Return);
    auto* listEditor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(listEditor);
    listEditor->selectAll();
    QTest::keyClicks(listEditor, QStringLiteral("every"));
    QTest::keyClick(listEditor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(tab->textView()->toPlainText(), QStringLiteral("Sluice reads scans\nevery word\n\n"));
    QCOMPARE(tab->lowWords()->index(1, 0).data().toString(), QStringLiteral("every"));
    QCOMPARE(tab->unsavedCorrections(), 2);
    QVERIFY(tab->summary().contains(QStringLiteral("Corrected: 2")));

    // Save: core writes the corrected text and hOCR beside the result, and the result file.
    QSignalSpy saved(tab.get(), &OcrReviewTab::correctionsSaved);
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
    QCOMPARE(tab->unsavedCorrections(), 0);
    const QString txt = QDir(m_resultDir).filePath(QStringLiteral("scan.png.ocr.corrected.txt"));
    const QString hocr = QDir(m_resultDir).filePath(QStringLiteral("scan.png.ocr.corrected.hocr"));
    QCOMPARE(QString::fromUtf8(readAll(txt)),
             QStringLiteral("Sluice reads scans\nevery word\n\n\fSluice\n\n"));
    QXmlStreamReader xml(readAll(hocr));
    QStringList words;
    QString readsTitle;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() &&
            xml.attributes().value(QStringLiteral("class")) == QLatin1String("ocrx_word")) {
            const QString title = xml.attributes().value(QStringLiteral("title")).toString();
            words << xml.readElementText();
            if (words.last() == QLatin1String("reads"))
                readsTitle = title;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(words, (QStringList{QStringLiteral("Sluice"), QStringLiteral("reads"), QStringLiteral("scans"),
                                 QStringLiteral("every"), QStringLiteral("word"), QStringLiteral("Sluice")}));
    const QRect r = m_boxes.at(1);
    QCOMPARE(readsTitle, QStringLiteral("bbox %1 %2 %3 %4; x_wconf 40")
                             .arg(r.x())
                             .arg(r.y())
                             .arg(r.x() + r.width())
                             .arg(r.y() + r.height()));
    QFile resultFile(m_resultFile);
    QVERIFY(resultFile.open(QIODevice::ReadOnly));
    const QJsonObject ocr = QJsonDocument::fromJson(resultFile.readAll())
                                .object()
                                .value(QStringLiteral("stages"))
                                .toObject()
                                .value(QStringLiteral("ocr"))
                                .toObject();
    QCOMPARE(ocr.value(QStringLiteral("corrections")).toArray().size(), 2);
    QCOMPARE(ocr.value(QStringLiteral("pages"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("Sluice reads scans\nevery word\n\n"));

    // Opening the stale result from the event log again shows the saved corrections.
    auto again = openTab();
    QVERIFY(again);
    QTRY_COMPARE(again->wordModel()->wordText(1), QStringLiteral("reads"));
    QCOMPARE(again->textView()->toPlainText(), QStringLiteral("Sluice reads scans\nevery word\n\n"));
    QVERIFY(again->wordModel()->index(3, 0).data(OcrWordModel::CorrectedRole).toBool());
}

void TestOcrReview::togglesThePreprocessedImage() {
    auto tab = openTab();
    QVERIFY(tab);
    auto paperAt = [&tab] {
        const QPoint corner = tab->view()->mapFromScene(QPointF(10, 10));
        return qGray(tab->view()->viewport()->grab().toImage().pixel(corner));
    };
    QVERIFY(!tab->showsPreprocessed());
    QVERIFY(paperAt() > 200); // white paper
    QSignalSpy shown(tab.get(), &OcrReviewTab::pageImageShown);
    tab->setShowPreprocessed(true);
    QVERIFY(shown.wait(10000));
    QVERIFY(tab->showsPreprocessed());
    QVERIFY(paperAt() < 50); // the inverted copy
    tab->setShowPreprocessed(false);
    QVERIFY(shown.wait(10000));
    QVERIFY(paperAt() > 200);
}

void TestOcrReview::pagesHaveTheirOwnWords() {
    auto tab = openTab();
    QVERIFY(tab);
    QSignalSpy shown(tab.get(), &OcrReviewTab::pageImageShown);
    tab->setPage(1);
    QVERIFY(shown.wait(10000));
    QCOMPARE(tab->currentPage(), 1);
    QCOMPARE(tab->wordModel()->rowCount(), 1);
    QCOMPARE(tab->textView()->toPlainText(), QStringLiteral("Sluice\n\n"));
    QCOMPARE(tab->lowWords()->rowCount(), 0);
    tab->setShowPreprocessed(true); // page 2 has no preprocessed image
    QVERIFY(!tab->showsPreprocessed());
    tab->setPage(0);
    QCOMPARE(tab->wordModel()->rowCount(), 5);
    QCOMPARE(
        OcrReviewTab::describePreprocessing(QJsonArray{
            QJsonObject{{QStringLiteral("step"), QStringLiteral("upscale")}, {QStringLiteral("factor"), 2.5}},
            QJsonObject{{QStringLiteral("step"), QStringLiteral("orientation")},
                        {QStringLiteral("rotation_deg"), 0}}}),
        QStringList{QStringLiteral("upscaled ×2.5")});
}

QTEST_MAIN(TestOcrReview)
#include "tst_ocr_review.moc"
