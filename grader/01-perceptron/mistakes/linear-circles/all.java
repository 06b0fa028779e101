// Mistake: predicts the linear stack fits every point
// Prediction: linear-circles
predict("linear-circles", "all");
