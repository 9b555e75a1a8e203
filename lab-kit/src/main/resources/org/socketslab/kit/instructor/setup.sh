#!/bin/sh
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu, with network):
# a JDK if there is none, then a first build of the course that fetches Maven and every library,
# compiles lab-kit and records each graded test against the untouched starters, so that grading
# itself runs offline.
set -eu
cd "$(dirname "$0")"
java_ok() {
  command -v java >/dev/null 2>&1 && java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'
}
if ! java_ok; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jdk-headless
fi
chmod +x course/mvnw run_autograder
cd course
sh ./mvnw -B -fae -pl @CHAPTERS@ -am test -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
