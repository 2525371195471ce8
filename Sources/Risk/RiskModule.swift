import Indicators
