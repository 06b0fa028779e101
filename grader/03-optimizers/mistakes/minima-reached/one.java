// Mistake: expects every start to find the same minimum, as in a bowl
// Prediction: minima-reached
predict("minima-reached", 1);
