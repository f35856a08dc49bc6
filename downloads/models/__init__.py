"""Downloads app models: topics, learning materials with their files, and the anonymous download counters."""

from .material import LearningMaterialPage, MaterialFile, MaterialIndexPage
from .statistics import DownloadCount, MonthlyDownloadCount
from .topic import MaterialTopic

__all__ = [
    "DownloadCount",
    "LearningMaterialPage",
    "MaterialFile",
    "MaterialIndexPage",
    "MaterialTopic",
    "MonthlyDownloadCount",
]
