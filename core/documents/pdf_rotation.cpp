#include "pdf_rotation.h"

namespace sluice {

int pdfRotationDegrees(Poppler::Page::Orientation orientation) {
    switch (orientation) {
    case Poppler::Page::Landscape:
        return 90;
    case Poppler::Page::UpsideDown:
        return 180;
    case Poppler::Page::Seascape:
        return 270;
    case Poppler::Page::Portrait:
        return 0;
    }
    return 0;
}

} // namespace sluice
