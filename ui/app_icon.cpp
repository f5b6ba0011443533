#include "app_icon.h"

// Q_INIT_RESOURCE must be used outside any namespace. The resources of a static library are linked only
// when something refers to them; this function is that reference.
static void initSluiceUiResources() {
    Q_INIT_RESOURCE(app);
}

namespace sluice {

QIcon appIcon() {
    static bool initialised = false;
    if (!initialised) {
        initSluiceUiResources();
        initialised = true;
    }
    return QIcon(QStringLiteral(":/icons/sluice.svg"));
}

} // namespace sluice
