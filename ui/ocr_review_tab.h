#pragma once

#include "documents/pdf_page_renderer.h"
#include "ocr/ocr_corrections.h"
#include "ocr/ocr_corrections_save.h"
#include "preview_tab.h"

#include <QFutureWatcher>
#include <QImage>
#include <QJsonArray>
#include <QSet>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QSlider;
class QSpinBox;
class QSplitter;
class QToolButton;
class QTreeView;

namespace sluice {

class OcrLowConfidenceProxy;
class OcrWordModel;
class OcrWordOverlayView;
class ProcessingService;

/// The "OCR" preview tab: review and correct what the `ocr` stage read.
///
/// The page image (the input image through core's loadImage(), or the PDF page rendered by
/// PdfPageRenderer at the page's dpi, both off the GUI thread) with every word box drawn and coloured by
/// confidence against a threshold slider (0–100, default 60, kept in QSettings); the page text laid out
/// from its words (layOutOcrPage) beside it, linked both ways (click a box: the word is selected in the
/// text; move the cursor in the text: its box is highlighted and scrolled into view); the words below
/// the threshold in a list (OcrLowConfidenceProxy) to step through with F3 / Shift+F3 or Up / Down,
/// Enter to correct; a word is corrected in place by a double-click on its box or in the list.
/// Corrections are applied at once to what is shown (applyOcrCorrections) and saved — into the result
/// file and the exported .txt / hOCR — by core on a worker (saveOcrCorrectionsAsync) with "Save
/// corrections" (Ctrl+S), or when another result is shown. A toggle shows the preprocessed image when
/// the stage kept one; pages, zoom and fit; a summary line (mean confidence, words, words below the
/// threshold, preprocessing steps).
class OcrReviewTab : public PreviewTab {
    Q_OBJECT
public:
    /// `service` gives the result folder; null in tests (see setResultDir).
    explicit OcrReviewTab(ProcessingService* service, QWidget* parent = nullptr);
    ~OcrReviewTab() override;

    QString title() const override;
    /// True when `result` holds an `ocr` stage output (findOcrNode).
    bool accepts(const QJsonObject& result) const override;
    void showResult(const QString& path, const QJsonObject& result) override;
    void clearPreview() override;

    /// The folder results are saved in, when there is no ProcessingService.
    void setResultDir(const QString& dir) { m_resultDir = dir; }

    /// 0-based index of the page shown; -1 when none.
    int currentPage() const { return m_page; }
    int pageCount() const { return int(m_ocr.value(QStringLiteral("pages")).toArray().size()); }
    void setPage(int index);
    /// The word selected (index into the page's words); -1 when none.
    int currentWord() const { return m_word; }
    /// Selects word `index` of the page everywhere: box, text selection, list.
    void selectWord(int index);
    double threshold() const;
    void setThreshold(int threshold);
    /// Corrects word `index` of the page shown to `text` (shown at once; saved by saveCorrections()).
    void correctWord(int index, const QString& text);
    /// Steps to the next / previous word below the threshold (wrapping).
    void nextLowWord();
    void previousLowWord();
    /// Shows the preprocessed image (true) or the original (false).
    void setShowPreprocessed(bool preprocessed);
    bool showsPreprocessed() const;
    /// Hands the corrections not yet saved to core; correctionsSaved reports the outcome.
    void saveCorrections();
    int unsavedCorrections() const { return int(m_pending.size()); }
    /// The `ocr` output as shown, corrections included.
    QJsonObject ocrOutput() const { return m_ocr; }
    /// The summary line as shown.
    QString summary() const;
    /// A sentence per preprocessing step of `page` ("deskewed −3.2°", "rotated 180°"), translated.
    static QStringList describePreprocessing(const QJsonArray& steps);

    OcrWordOverlayView* view() const { return m_view; }
    QPlainTextEdit* textView() const { return m_text; }
    QTreeView* lowWordList() const { return m_lowList; }
    OcrWordModel* wordModel() const { return m_model; }
    OcrLowConfidenceProxy* lowWords() const { return m_lowWords; }
    QSlider* thresholdSlider() const { return m_slider; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    /// The image of the page shown is on screen (or its error message, when `ok` is false).
    void pageImageShown(int page, bool ok);
    /// A save finished: `ok` false with the reason in `message`, else the files written.
    void correctionsSaved(bool ok, const QString& message);

private:
    struct LoadedImage {
        QImage image;
        QString error;
    };
    enum class From { Elsewhere, Box, Text, List };

    QJsonObject pageObject(int index) const;
    void showPage();
    void requestImage();
    void imageLoaded(const QImage& image, const QString& error);
    void updateSummary();
    void updateSaveState();
    void selectWordFrom(int index, From from);
    void textCursorMoved();
    void lowWordChanged(const QModelIndex& current);
    void stepLowWord(int direction);
    void saveFinished();
    void savedResultRead();
    void startSave(bool keepShowing);
    QSet<int> correctedWords(int page) const;

    ProcessingService* m_service;
    OcrWordOverlayView* m_view;
    QPlainTextEdit* m_text;
    QTreeView* m_lowList;
    OcrWordModel* m_model;
    OcrLowConfidenceProxy* m_lowWords;
    QSlider* m_slider;
    QLabel* m_thresholdLabel;
    QLabel* m_summary;
    QLabel* m_note;
    QLabel* m_lowTitle;
    QSpinBox* m_pageSpin;
    QLabel* m_pageOf;
    QToolButton* m_original;
    QToolButton* m_preprocessed;
    QToolButton* m_save;
    QLabel* m_zoomLabel;
    QSplitter* m_split;
    QBoxLayout* m_bars;

    QString m_path;
    QString m_resultDir;
    QJsonObject m_result;
    QString m_node;
    QJsonObject m_ocr;
    int m_page = -1;
    int m_word = -1;
    bool m_syncing = false;
    bool m_splitSized = false; ///< the page/text split was given its first sizes
    OcrPageText m_layout;
    QList<OcrCorrection> m_pending;
    int m_saving = 0;       ///< corrections handed to the running save
    int m_generation = 0;   ///< page image requests; a finished load of an older one is dropped
    int m_resultSerial = 0; ///< results shown; a saved result read for an older one is dropped
    QFutureWatcher<LoadedImage> m_imageWatcher;
    QFutureWatcher<PdfRenderResult> m_pdfWatcher;
    QFutureWatcher<OcrSaveResult> m_saveWatcher;
    QFutureWatcher<QJsonObject> m_savedWatcher;
    QList<QFuture<OcrSaveResult>> m_backgroundSaves;
};

} // namespace sluice
