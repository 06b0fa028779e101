// Mistake: counts one minimum per start
// Prediction: minima-reached
predict("minima-reached", 8);
