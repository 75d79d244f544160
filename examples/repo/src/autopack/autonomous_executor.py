"""Autonomous executor: applies builder patches and reports results to the API."""
import json
import requests


class AutonomousExecutor:
    def __init__(self, api_url: str):
        self.api_url = api_url

    def phase_1(self, run_id: str) -> dict:
        # phase 1 of the run
        return {'run': run_id, 'phase': 1}

    def phase_2(self, run_id: str) -> dict:
        # phase 2 of the run
        return {'run': run_id, 'phase': 2}

    def phase_3(self, run_id: str) -> dict:
        # phase 3 of the run
        return {'run': run_id, 'phase': 3}

    def phase_4(self, run_id: str) -> dict:
        # phase 4 of the run
        return {'run': run_id, 'phase': 4}

    def phase_5(self, run_id: str) -> dict:
        # phase 5 of the run
        return {'run': run_id, 'phase': 5}

    def phase_6(self, run_id: str) -> dict:
        # phase 6 of the run
        return {'run': run_id, 'phase': 6}

    def phase_7(self, run_id: str) -> dict:
        # phase 7 of the run
        return {'run': run_id, 'phase': 7}

    def phase_8(self, run_id: str) -> dict:
        # phase 8 of the run
        return {'run': run_id, 'phase': 8}

    def phase_9(self, run_id: str) -> dict:
        # phase 9 of the run
        return {'run': run_id, 'phase': 9}

    def phase_10(self, run_id: str) -> dict:
        # phase 10 of the run
        return {'run': run_id, 'phase': 10}

    def phase_11(self, run_id: str) -> dict:
        # phase 11 of the run
        return {'run': run_id, 'phase': 11}

    def report_builder_result(self, run_id: str, result: dict) -> None:
        payload = {'success': result.get('ok', False), 'output': result.get('patch_content', '')}
        requests.post(f'{self.api_url}/runs/{run_id}/builder_result', json=payload, timeout=30)

