#include "preview_tabs.h"

#include "document_preview_tab.h"
#include "image_batch_tab.h"
#include "image_preview_tab.h"
#include "ocr_review_tab.h"
#include "preview_tab.h"

namespace sluice {

QList<PreviewTab*> createPreviewTabs(ProcessingService* service, QWidget* parent) {
    (void)service;
    (void)parent;
    QList<PreviewTab*> tabs;
    // Register preview tabs here, e.g. tabs.append(new DocumentPreviewTab(service, parent));
    tabs.append(new DocumentPreviewTab(parent));
    tabs.append(new ImagePreviewTab(parent));
    tabs.append(new ImageBatchTab(service, parent));
    tabs.append(new OcrReviewTab(service, parent));
    return tabs;
}

} // namespace sluice
