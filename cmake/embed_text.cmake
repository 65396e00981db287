# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# Writes a header with the contents of INPUT as a raw string literal named NAME (build-time embed).
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}.tmp" "#pragma once\n// Generated from ${INPUT}; do not edit.\nnamespace civiq::app {\ninline constexpr const char* ${NAME} = R\"civiq_embed(${content})civiq_embed\";\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
