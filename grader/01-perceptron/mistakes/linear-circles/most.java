// Mistake: predicts the linear stack fits most points
// Prediction: linear-circles
predict("linear-circles", "most");
