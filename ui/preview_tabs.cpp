#include "preview_tabs.h"

#include "preview_tab.h"

namespace sluice {

QList<PreviewTab*> createPreviewTabs(ProcessingService* service, QWidget* parent) {
    (void)service;
    (void)parent;
    QList<PreviewTab*> tabs;
    // Register preview tabs here, e.g. tabs.append(new DocumentPreviewTab(service, parent));
    return tabs;
}

} // namespace sluice
