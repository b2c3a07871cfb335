# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, the warnings and the strict Qt defines;
# every target of the project links it.
option(EVENTDESK_WERROR "Treat compiler warnings as errors" OFF)

add_library(eventdesk_options INTERFACE)
target_compile_features(eventdesk_options INTERFACE cxx_std_20)
target_compile_options(eventdesk_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       $<$<BOOL:${EVENTDESK_WERROR}>:-Werror>)
target_compile_definitions(eventdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY QT_STRICT_ITERATORS
    EVENTDESK_VERSION="${PROJECT_VERSION}")

# eventdesk_add_test(NAME tst_x SOURCES a.cpp LIBS lib... LABELS api [TIMEOUT s])
# Registers one Qt Test executable with CTest, offscreen, UTF-8, a timeout and labels.
function(eventdesk_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${T_NAME} PRIVATE eventdesk_options Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
