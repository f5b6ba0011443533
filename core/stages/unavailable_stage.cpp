#include "unavailable_stage.h"

#include <QCoreApplication>

namespace sluice {

QString UnavailableStage::group() const {
    return QCoreApplication::translate("sluice::UnavailableStage", "Unavailable");
}

StageResult UnavailableStage::process(Item&, const QJsonObject&, Feedback&) {
    return StageResult::failure(m_reason);
}

} // namespace sluice
