# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# The display's announcement subsystem: wording, queue, gong + speech, and their tests.
# Included from display/CMakeLists.txt:  include(announcements.cmake)
# Paths are taken from this file's folder (CMAKE_CURRENT_LIST_DIR), which is display/ wherever it is
# included from.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Multimedia TextToSpeech)

set(civiq_announcements_dir ${CMAKE_CURRENT_LIST_DIR})

add_library(civiq_display_announcements STATIC
  ${civiq_announcements_dir}/src/announcement_text.cpp
  ${civiq_announcements_dir}/src/announcement_queue.cpp
  ${civiq_announcements_dir}/src/announcer.hpp  # header-only QObject: listed so AUTOMOC sees it
  ${civiq_announcements_dir}/src/announcement_player.cpp
  ${civiq_announcements_dir}/src/speech_announcer.cpp
)
set_target_properties(civiq_display_announcements PROPERTIES AUTOMOC ON)
target_compile_features(civiq_display_announcements PUBLIC cxx_std_20)
target_include_directories(civiq_display_announcements PUBLIC ${civiq_announcements_dir}/src)
target_link_libraries(civiq_display_announcements
  PUBLIC Qt6::Core Qt6::Multimedia Qt6::TextToSpeech
  PRIVATE civiq_warnings)

# qrc:/civiq/display/gong.wav (SpeechAnnouncer::kGongSource). In a static library Qt links the
# resource in as an object library, so every executable linking this one has it without Q_INIT_RESOURCE.
qt_add_resources(civiq_display_announcements "civiq_display_sounds"
  PREFIX /civiq/display
  BASE ${civiq_announcements_dir}/assets
  FILES ${civiq_announcements_dir}/assets/gong.wav)

if(CIVIQ_BUILD_TESTS)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
  civiq_add_qt_test(display_announcement_text_test
    SOURCES ${civiq_announcements_dir}/tests/announcement_text_test.cpp
    LIBS civiq_display_announcements LABELS unit)
  civiq_add_qt_test(display_announcement_queue_test
    SOURCES ${civiq_announcements_dir}/tests/announcement_queue_test.cpp
    LIBS civiq_display_announcements LABELS unit)
  civiq_add_qt_test(display_announcement_player_test
    SOURCES ${civiq_announcements_dir}/tests/announcement_player_test.cpp
    LIBS civiq_display_announcements LABELS unit)
  # Renders the German announcement with espeak-ng and measures it with sox; both come from
  # scripts/install-deps, so a missing binary is a failure here, not a skip.
  civiq_add_qt_test(display_spoken_announcement_test
    SOURCES ${civiq_announcements_dir}/tests/spoken_announcement_test.cpp
    LIBS civiq_display_announcements LABELS unit
    ENVIRONMENT CIVIQ_REQUIRE_SPEECH=1)
endif()
