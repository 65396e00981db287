# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# Writes a header with the contents of INPUT as a raw string literal named NAME in NAMESPACE
# (build-time embed; the branch's and the county's demo configurations).
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}.tmp" "#pragma once\n// Generated from ${INPUT}; do not edit.\nnamespace ${NAMESPACE} {\ninline constexpr const char* ${NAME} = R\"civiq_embed(${content})civiq_embed\";\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
