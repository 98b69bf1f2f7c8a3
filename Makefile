# `sam build` (BuildMethod: makefile in template.yaml) runs `make build-SkillFunction ARTIFACTS_DIR=<dir>` in CodeUri.
# The target leaves exactly one file in $(ARTIFACTS_DIR): the Native AOT `bootstrap` for provided.al2023 (x86_64).
# By hand: make build-SkillFunction ARTIFACTS_DIR=/tmp/skill-build

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

ROOT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
ARTIFACTS_DIR ?= $(ROOT)/.aws-sam/manual
PUBLISH_DIR := $(ROOT)/artifacts/bootstrap-publish

# Trim/AOT warnings do not fail a publish by themselves, so the log is checked: zero is the rule.
.PHONY: build-SkillFunction
build-SkillFunction:
	rm -rf "$(PUBLISH_DIR)"
	mkdir -p "$(ROOT)/artifacts"
	dotnet publish "$(ROOT)/src/AlexaMusicSkill.Lambda/AlexaMusicSkill.Lambda.csproj" -c Release -r linux-x64 -p:PublishAot=true -o "$(PUBLISH_DIR)" --nologo | tee "$(PUBLISH_DIR).log"
	if grep -Eq ': warning [A-Z]+[0-9]+' "$(PUBLISH_DIR).log"; then echo "AOT publish printed warnings; zero are allowed." >&2; exit 1; fi
	mkdir -p "$(ARTIFACTS_DIR)"
	cp "$(PUBLISH_DIR)/bootstrap" "$(ARTIFACTS_DIR)/bootstrap"
	chmod 755 "$(ARTIFACTS_DIR)/bootstrap"
	rm -rf "$(PUBLISH_DIR)"
