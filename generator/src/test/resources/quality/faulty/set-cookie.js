document.cookie = "bezoeker=12345; path=/";
