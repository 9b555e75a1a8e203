@REM The learner's loop (README: "The learner's loop: ./lab"). Builds the course's tests once with
@REM the Maven Wrapper, then runs one warm JVM, lab-kit's org.socketslab.kit.loop.Lab.
@REM After pulling course updates, run "lab.cmd rebuild" once (the POSIX script notices by itself).
@echo off
setlocal
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "CLASSPATH_FILE=%ROOT%\lab-kit\target\lab\classpath.txt"
set "STAMP=%ROOT%\target\lab\built"

set "BUILD="
if not exist "%STAMP%" set "BUILD=1"
if not exist "%CLASSPATH_FILE%" set "BUILD=1"
if "%~1"=="rebuild" set "BUILD=1"
if defined BUILD (
  echo lab: building the course's tests once ^(mvnw test-compile^) ... 1>&2
  call "%ROOT%\mvnw.cmd" -q -f "%ROOT%\pom.xml" -pl "!docs,!docs-book,!progress,!lab-kit-tests" test-compile dependency:build-classpath -Dmdep.outputFile=target/lab/classpath.txt -Dmdep.includeScope=runtime
  if errorlevel 1 (
    echo lab: the build failed ^(see above^); fix what it names, then run lab.cmd again. 1>&2
    exit /b 2
  )
  if not exist "%ROOT%\target\lab" mkdir "%ROOT%\target\lab"
  type nul > "%STAMP%"
  if "%~1"=="rebuild" exit /b 0
)

set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
@REM for /f, not set /p, which stops at 1023 characters
for /f "usebackq delims=" %%c in ("%CLASSPATH_FILE%") do set "DEPS=%%c"
@REM -Xmx256m: the strictest heap of any chapter's tests (chapter-framing's argLine), for every chapter.
"%JAVA%" -Xmx256m -XX:+UseSerialGC -cp "%ROOT%\lab-kit\target\classes;%DEPS%" org.socketslab.kit.loop.Lab "%ROOT%" %*
exit /b %ERRORLEVEL%
