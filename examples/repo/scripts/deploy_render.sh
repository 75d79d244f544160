#!/usr/bin/env bash
# Deploys crewai-service to Render through the GitHub main branch.
set -euo pipefail
git push origin main
