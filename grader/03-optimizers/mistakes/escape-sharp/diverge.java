// Mistake: expects any step above 2/λ of the nearest minimum to diverge
// Prediction: escape-sharp
predict("escape-sharp", "diverge");
