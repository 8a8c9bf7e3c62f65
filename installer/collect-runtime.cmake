# Lists the shared libraries that the offline installer must bundle, with CMake's
# file(GET_RUNTIME_DEPENDENCIES):
#   cmake -DEXECUTABLES="a;b" -DMODULES="plugin.so;..." -DLIBRARIES="dlopened.so;..."
#         -DSYSTEM_LIBRARIES=system-libraries.txt -DOUTPUT=libraries.txt -P collect-runtime.cmake
# LIBRARIES are libraries loaded with dlopen (no DT_NEEDED points at them); their own
# dependencies are followed too. Libraries of the target system (SYSTEM_LIBRARIES) are
# neither listed nor followed. Fails on a dependency that cannot be resolved here.
cmake_minimum_required(VERSION 3.25)

foreach(required EXECUTABLES SYSTEM_LIBRARIES OUTPUT)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "collect-runtime.cmake: -D${required}=... is required")
    endif()
endforeach()

file(STRINGS "${SYSTEM_LIBRARIES}" patterns REGEX "^[^#]")
set(system_regexes)
foreach(pattern IN LISTS patterns)
    string(STRIP "${pattern}" pattern)
    if(pattern)
        list(APPEND system_regexes "^${pattern}$")
    endif()
endforeach()

set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM linux+elf)
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${EXECUTABLES}
    MODULES ${MODULES}
    LIBRARIES ${LIBRARIES}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    CONFLICTING_DEPENDENCIES_PREFIX conflicting
    PRE_EXCLUDE_REGEXES ${system_regexes})

if(unresolved)
    message(FATAL_ERROR "Cannot resolve: ${unresolved}")
endif()
if(conflicting_FILENAMES)
    foreach(name IN LISTS conflicting_FILENAMES)
        message(FATAL_ERROR "${name} resolves to more than one file: ${conflicting_${name}}")
    endforeach()
endif()

list(APPEND resolved ${LIBRARIES})
list(REMOVE_DUPLICATES resolved)
list(SORT resolved)
list(JOIN resolved "\n" text)
file(WRITE "${OUTPUT}" "${text}\n")
