"""LIS council registry: councils, representatives, meetings and learning-goal proposals."""
