"""Min-max scaling of the price columns, fitted on the training rows only: the exercise's ``MinMaxScaler``.

Written out (it is two lines of numpy) rather than imported: scikit-learn and the SciPy it pulls in made the
desktop bundle much larger and the forecaster slower to become ready (the README's packaging notes have the
figures). The tests check it against scikit-learn's
``MinMaxScaler``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class MinMaxScaling:
    """Each column mapped to [0, 1] by its training range, s = x * scale + offset with scale = 1 / (max - min) and
    offset = -min * scale; a constant column gets scale 1 (as in scikit-learn). Test rows may fall outside [0, 1]."""

    data_min: NDArray[np.float64]
    data_max: NDArray[np.float64]

    @classmethod
    def fit(cls, train_values: np.ndarray) -> "MinMaxScaling":
        """The scaling of ``train_values`` (rows x columns), NaNs ignored."""
        values = np.asarray(train_values, dtype=np.float64)
        return cls(data_min=np.nanmin(values, axis=0), data_max=np.nanmax(values, axis=0))

    @property
    def scale(self) -> NDArray[np.float64]:
        """Per column: 1 / (max - min), or 1 for a constant column."""
        spread = self.data_max - self.data_min
        return 1.0 / np.where(spread == 0.0, 1.0, spread)

    @property
    def offset(self) -> NDArray[np.float64]:
        """Per column: -min * scale."""
        return -self.data_min * self.scale

    def transform(self, values: np.ndarray) -> NDArray[np.float64]:
        """Rows x columns in price units -> scaled."""
        return np.asarray(values, dtype=np.float64) * self.scale + self.offset

    def target_values(self, scaled_target: np.ndarray) -> NDArray[np.float64]:
        """Scaled values of the target column (column 0) -> price units."""
        return (np.asarray(scaled_target, dtype=np.float64) - float(self.offset[0])) / float(self.scale[0])
