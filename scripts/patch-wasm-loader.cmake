# Post-build step for the wasm module (see CMakeLists.txt).
#
# With -sSINGLE_FILE=1 the wasm is a data: URI, and Emscripten 3.1.6 still
# tries fetch() on it first, falling back to decoding it itself when that
# fails. Under a Content-Security-Policy without `connect-src data:` (ours,
# and many a course site's) the failed fetch prints a CSP violation in the
# console. Later Emscripten versions skip fetch() for data: URIs; this does
# the same. It fails loudly if the code to patch is not found, so an
# Emscripten upgrade cannot silently undo it.
file(READ "${MODULE}" source)
set(before "if(typeof fetch==\"function\"){return fetch(wasmBinaryFile")
set(after "if(typeof fetch==\"function\"&&!isDataURI(wasmBinaryFile)){return fetch(wasmBinaryFile")
string(FIND "${source}" "${after}" already)
if(already EQUAL -1)
  string(FIND "${source}" "${before}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "patch-wasm-loader: the fetch of the wasm binary was not found in ${MODULE}")
  endif()
  string(REPLACE "${before}" "${after}" source "${source}")
  file(WRITE "${MODULE}" "${source}")
endif()
