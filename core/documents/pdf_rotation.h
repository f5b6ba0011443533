#pragma once

#include <poppler-qt6.h>

namespace sluice {

/// The clockwise rotation in degrees (0, 90, 180, 270) at which a page is shown (its /Rotate entry, ISO
/// 32000-1 §7.7.3.3), from poppler-qt6's orientation.
int pdfRotationDegrees(Poppler::Page::Orientation orientation);

} // namespace sluice
