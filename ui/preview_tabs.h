#pragma once

#include <QList>

class QWidget;

namespace sluice {

class PreviewTab;
class ProcessingService;

/// Creates every preview tab the result pane offers (document pages, image before/after, …), in tab
/// order. One line per kind of preview in preview_tabs.cpp: this is the one place to register a new one.
QList<PreviewTab*> createPreviewTabs(ProcessingService* service, QWidget* parent);

} // namespace sluice
