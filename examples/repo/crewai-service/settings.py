import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    primary_model: str = field(default_factory=lambda: os.environ.get("PRIMARY_MODEL", "gemini-2-0-flash"))
    log_path: str = field(default_factory=lambda: os.environ.get("HEALER_LOG_PATH", "_agents/_logs/"))
