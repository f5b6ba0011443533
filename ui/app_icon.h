#pragma once

#include <QIcon>

namespace sluice {

/// The application icon (resources/icons/sluice.svg, a sluice gate over a water channel), loaded from
/// the ui library's resources. Registers those resources on first use.
QIcon appIcon();

} // namespace sluice
