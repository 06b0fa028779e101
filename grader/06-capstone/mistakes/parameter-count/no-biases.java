// Mistake: counts the weights but forgets the biases
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", 50816);
