# sluice: the GUI front door. Included from app/CMakeLists.txt when SLUICE_BUILD_GUI is on; the widgets
# live in the sluice-ui library (ui/CMakeLists.txt), this is only main() and the translations.
add_executable(sluice ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
target_link_libraries(sluice PRIVATE sluice-ui Qt6::Svg)
sluice_target_defaults(sluice)
set_target_properties(sluice PROPERTIES WIN32_EXECUTABLE ON MACOSX_BUNDLE ON)
install(TARGETS sluice RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION .)

# Translations: lrelease runs in the normal build and the .qm files are embedded under :/i18n;
# `ninja update_translations` runs lupdate over the GUI and the core (core strings use contexts such as
# "sluice::ParamSpec" through QCoreApplication::translate, and are shown by the GUI).
file(GLOB_RECURSE SLUICE_TR_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
  ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
qt_add_translations(sluice
  TS_FILES ${PROJECT_SOURCE_DIR}/translations/sluice_de.ts
  SOURCES ${SLUICE_TR_SOURCES}
  LUPDATE_OPTIONS -no-obsolete -locations none)

# English: the source strings are English already, with "(s)" where a count decides; sluice_en.ts holds
# only their plural forms ("1 file", "2 files"). Embedded as :/i18n/sluice_en.qm beside the others, and
# refreshed with them by `update_translations` (lupdate -pluralonly).
set(SLUICE_EN_TS ${PROJECT_SOURCE_DIR}/translations/sluice_en.ts)
set(SLUICE_EN_QM ${CMAKE_CURRENT_BINARY_DIR}/sluice_en.qm CACHE INTERNAL "compiled English plural forms")
add_custom_command(OUTPUT ${SLUICE_EN_QM}
  COMMAND Qt6::lrelease ${SLUICE_EN_TS} -qm ${SLUICE_EN_QM}
  DEPENDS Qt6::lrelease ${SLUICE_EN_TS}
  VERBATIM)
qt_add_resources(sluice sluice_en_translation PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${SLUICE_EN_QM})
add_custom_target(sluice_en_lupdate
  COMMAND Qt6::lupdate -pluralonly -no-obsolete -locations none ${SLUICE_TR_SOURCES} -ts ${SLUICE_EN_TS}
  VERBATIM)
add_dependencies(update_translations sluice_en_lupdate)
