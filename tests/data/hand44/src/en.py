# blind45 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Gareth Pryce <g.pryce@pryce-family.example>",
         to="support@brightroof-solar.example",
         subject="smell of burning from the inverter??",
         body="""\
hi, you fitted our panels back in march. tonight about 9 my wife noticed a hot plasticky smell in the garage and theres a brown scorch mark on the wall above the inverter box. the little screen is flickering and its making a clicking noise, the casing is too hot to keep your hand on. ive switched the isolator off like the manual says but i can still hear it ticking

kids are asleep in the room right above the garage. do i call the fire brigade?? someone please ring me 07700 900412 asap

Gareth"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Hannah Okafor <hannah.okafor@mailbox.example>",
         to="hello@crumbandco-bakery.example",
         subject="your \"nut free\" oat bar was NOT nut free",
         body="""\
I am writing this from A&E.

I bought 2 of the "nut free" oat bars from your Kingsway branch this morning for my daughter. She is 7 and has a severe peanut allergy, we check EVERYTHING. Halfway through she said her mouth felt itchy and within 10 minutes her lips were huge and she was wheezing. I had to use her epipen on her in the car park. The doctors say she's going to be ok but they are keeping her in to watch her.

The packet clearly says nut free. I still have the wrapper and the other bar, batch on the back is L2291.

Please get these off your shelves today before it happens to another child, and I want someone senior to call me.

Hannah Okafor
07700 900871"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Dev Malhotra <dev@lockedin-escapes.example>",
         to="support@puzzlecraft-controls.example",
         subject="player got a shock off the vault door",
         body="""\
Hi guys,

bit shaken up here. Last group tonight in our Bank Job room, a lad grabbed the brass wheel on the vault door (the one wired to your PC-8 maglock board) and got a proper jolt - said his arm went numb up to the elbow and he sort of dropped to his knees. He's ok now, i sat with him for half an hour and he didnt want an ambulance.

I put one of those cheap tester pens on the wheel afterwards and it lights up, so the metal is live. We've shut the room and pulled the plug on the board.

Is there a known problem with the 12v supply or the earthing on this model?? we've got 2 more rooms running the same board and honestly im scared to open them tomorrow. need an answer tonight if at all possible

Dev
Locked In Escapes"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Sophie Lang <sophie.lang93@mailbox.example>",
         to="help@hopin-carshare.example",
         subject="car brakes",
         body="""\
the car i just had (grey corsa, reg ends 4KT, elm st bay) the brakes are really bad. pedal goes nearly to the floor before anything happens and it pulls hard to the left when you brake. i nearly went into the back of a bus at the lights on hill rd

ive put it back in the bay and ended the trip but the app says someone else has it booked in an hour. please block it before they take it out on the dual carriageway!!!

Sent from my iPhone"""),

    dict(n=5, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Marcus Bell <marcusbell.design@post.example>",
         to="support@sparkd-app.example",
         subject="someone is in my account asking my matches for money",
         body="""\
Hello,

Yesterday evening I got an email saying the email address on my Sparkd profile had been changed to j.benton77@something, which I have never heard of. Now my password doesn't work and the reset link goes to THEIR address, not mine.

This morning two of my matches messaged me on WhatsApp asking why "I" was asking them to send £200 for an emergency train ticket. One of them nearly sent it.

My photos are still up and this person is chatting to people pretending to be me. Please freeze the profile now and give me my account back. I can send ID or whatever you need.

Marcus Bell"""),

    dict(n=6, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Lorraine Fitch <lorraine@thebreadshed.example>",
         to="support@tapnpay-terminals.example",
         subject="URGENT none of our card machines working",
         body="""\
Nobody at any of our 4 shops can take cards since about 7.15 this morning. The machines say "connecting..." for ages then "declined - host unavailable". Tried turning them off and on, tried the spare one from the office, same thing.

Saturday morning is our busiest by miles, we've got queues out the door and people putting their stuff back and walking off because hardly anyone carries cash now. I've been on hold on your phone line for 40 minutes.

Please call me back on 0161 496 0732

Lorraine
Operations, The Bread Shed"""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=1,
         frm="Oakvale Veterinary Reception <reception@oakvale-vets.example>",
         to="support@vetdesk-pms.example",
         subject="Re: system very slow this morning",
         body="""\
its not slow anymore its completely gone. VetDesk wont load on any of our 6 computers, just a white page and then "error 503".

We've got a full surgery list, a spaniel booked in for a c-section at 10, and we cannot see any histories, doses, weights, nothing. The vets are working off paper and ringing owners to ask what their pets are on. Please escalate this, we really cant run like this for long.

Jen, front desk

On Tue, 4 Mar 2025 at 08:12, Oakvale Veterinary Reception <reception@oakvale-vets.example> wrote:
> Hi, VetDesk is taking ages to load patient records this morning, about
> 30 secs a page. Is something going on your end?
> Thanks, Jen"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Pat Greenhalgh <patg1951@oldmail.example>",
         to="help@readaloud-library.example",
         subject="books wont open",
         body="""\
Dear Sir or Madam,

I borrow audiobooks through my local library using your app. Since Sunday, when I press on a book the little circle just goes round and round and nothing plays. It is the same with all 3 books I have on loan. My grandson has turned the tablet off and on again for me and taken the app off and put it back, and it is still the same.

I am partially sighted so the audiobooks are really all I have for reading at the moment. Could you tell me what to do please.

Yours faithfully
Patricia Greenhalgh"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Tom Wexley <tomwex@inbox.example>",
         to="support@littlesteps-nursery.example",
         subject="app broken??",
         body="""\
cant get past the loading screen on littlesteps since yesterday afternoon, just says "something went wrong, try again" over and over. same on wifi and 4g, same on my wifes phone. its the only way the nursery tells us anything and i cant see the daily diary or answer the message they sent about pick up tomorrow. is it down for everyone or just us"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Aisha Karim <aisha@swiftlift-removals.example>",
         to="support@quotepilot.example",
         subject="PDF quotes coming out blank",
         body="""\
Hi,

Since Monday when we hit "send quote" the PDF the customer gets is just our logo and a blank page, no prices or inventory list. The quote itself looks fine inside QuotePilot.

For now we're screenshotting the quote screen and emailing it by hand, which works, but it's slow and looks a bit amateur. We send about 20 quotes a day so it'd be great to get it sorted this week.

Thanks
Aisha
SwiftLift Removals"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lukas Brenner <lukas@peakstart-skischool.example>",
         to="payouts@slopebook.example",
         subject="where is our payout??? instructors need paying",
         body="""\
Hello, the weekly payout for PeakStart Ski School (partner acct 55-2031) was due Tuesday, it is now Thursday and nothing in the bank. Your dashboard just says "processing" with no date. It's about 8,400 in lesson bookings.

I've got 11 instructors to pay tomorrow and the seasonal staff rent is due Monday, I can't cover that out of my own pocket. Can someone tell me what is going on and when exactly the money lands? Today please.

Lukas"""),

    dict(n=12, signals="payment", priority="medium", trap="safety", qt=1, reply=1,
         frm="Naomi Achterberg <naomi.a@fastpost.example>",
         to="help@hopin-carshare.example",
         subject="Re: Cancellation fee - booking HC-448120",
         body="""\
Hi again,
its been 2 weeks now and the 15 pound cancellation fee still hasnt gone back on my card. You said 3-5 working days. Can you check please?
Naomi

On 12 Feb 2025, at 18:40, HopIn Support <help@hopin-carshare.example> wrote:
> Hi Naomi, thanks for letting us know and sorry about that. We've taken the
> car out of service and refunded the cancellation fee, it should show on
> your statement within 3-5 working days.
>
> On 11 Feb 2025, Naomi Achterberg wrote:
> > the car at Station Rd had the back window smashed in and broken glass
> > all over the seats, I didnt feel safe driving it so I cancelled. But
> > you still charged me a cancellation fee??"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ben Adeyemi <ben@smallfox-studio.example>",
         to="billing@thehive-cowork.example",
         subject="invoice wrong again",
         body="""\
hey, march invoice (INV-20931) has us down for 3 hot desks + the meeting room bundle. we gave up the third desk in january, Claire on reception confirmed it by email at the time. thats 180 quid extra. same thing happened in feb and i let it slide but our accountant wont pay this one as it is.

can you send a corrected invoice pls

cheers
Ben, Small Fox Studio"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Leanne Carroll <leanne.c@inbox.example>",
         to="info@splashtime-swimschool.example",
         subject="receipts?",
         body="""\
Hi, quick q - how do i download receipts for my sons swimming lessons? need them for my work childcare scheme and cant see it anywhere in the app. thanks

Leanne (mum of Alfie, Tues 4.30 group)"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Derek Holloway <derek.holloway@homemail.example>",
         to="support@sunlink-monitor.example",
         subject="locked out of my account",
         body="""\
Good afternoon,

I am locked out of the SunLink app. It asked me to re-verify with a code sent to my old mobile number, which I no longer have (changed provider, new number). I tried "forgot password" and it still wants the code sent to the old phone.

So I cannot see anything about my system now - not the generation, not the battery, nothing - and I need to change the battery charging times for the new tariff that starts on Monday.

Please can you update the number on file or switch off the code so I can get back in. Install reference SL-7781, registered to this email address.

Regards
Derek Holloway"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Margot Ellery <m.ellery@fastpost.example>",
         to="members@galleryfriends.example",
         subject="password reset email never comes",
         body="""\
ive pressed reset password about 6 times on the members website and no email ever comes. checked spam and promotions. i can still get into the app on my phone because its remembered me, its just the website thats the problem (want to book the late view tickets). could you send me a link manually or something

margot ellery, member no 40219"""),

    dict(n=17, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Chloe Varga <chloevarga@post.example>",
         to="members@boulderbarn.example",
         subject="close my account + stop charging me",
         body="""\
Hi,

I moved to Leeds at the end of Jan and emailed on the 2nd of Feb asking you to cancel my membership. Never heard back and you've just taken another 42 pounds off me for March.

Please close my account completely (Chloe Varga, membership 11873) and refund the March payment. I haven't been in since January, you can check the door log.

Thanks
Chloe"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Emma Radcliffe <emma.radcliffe@mailbox.example>",
         to="hello@pawpals-sitters.example",
         subject="changing my email / name",
         body="""\
Hiya, I'm getting married next month (yay!) and changing my surname, so I'll be using a new email address too. How do I change the email and name on my PawPals account without losing my booking history and the reviews from my sitter? Is it in settings somewhere or do you have to do it?

Thanks!
Emma (soon to be Emma Whitlock)"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Rosie Harland <rosie@scorchedearth-sauces.example>",
         to="team@shopstall.example",
         subject="you lot are lifesavers",
         body="""\
Just a quick thank you to the team!

We moved our hot sauce shop over to ShopStall in October and Black Friday absolutely killed it, 3x last year. The Face Melter 3-pack was sold out by lunchtime and the reviews on the Widowmaker are hilarious ("burned my tongue clean off, 10/10, would die again"). Someone even sent us a photo of their dad crying into his wings.

The new bundle builder is a lifesaver btw, took me ten minutes to set up the Christmas boxes. Keep it up x

Rosie @ Scorched Earth Sauces"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Owen Tate <owen@zoomkidz-rentals.example>",
         to="sales@voltscoot.example",
         subject="question about the X3 kids scooter safety features",
         body="""\
Hello,

We rent out kids' e-scooters at a seaside park and are thinking of adding 10 of your X3s for the summer. Before we order, parents always ask us the same things so I'd like proper answers for our FAQ page:

- is there a speed limiter for under 12s, and can staff lock it so kids can't change it?
- what stops it tipping over on a sharp turn?
- the battery, can it overheat or catch fire if it's left charging all night? is it certified?
- does the brake cut the motor straight away?

To be clear nothing has happened, we've never had an injury on our current fleet and want to keep it that way. A spec sheet would be great.

Thanks, Owen Tate
ZoomKidz Rentals"""),

    dict(n=21, signals="-", priority="low", trap="phishing-failed", qt=0, reply=0,
         frm="Gwen Pritchard <g.pritchard@harbourtown-library.example>",
         to="support@librarylink.example",
         subject="fake email going round pretending to be you",
         body="""\
Hi,

Just a heads up. Two of our staff got an email this morning "from LibraryLink" saying "Your account has been suspended due to suspicious activity, verify your password here within 24 hours". The link goes to some odd domain, nothing to do with you, and the logo is blurry.

Nobody clicked it or typed anything in, we reported it to our IT and deleted it. Just thought you'd want to know in case your other libraries are getting it too - might be worth a warning on the login page.

Gwen
Harbourtown Library"""),

    dict(n=22, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Bev Morrow <bev@tillburyplayers.example>",
         to="help@ticketnest.example",
         subject="two shows on one event page?",
         body="""\
Hi there, small community theatre here!

Our spring show is a comedy called "System Down" (it's set in an IT helpdesk during a total blackout, the whole thing is basically people shouting "have you tried turning it off and on again"). The Saturday night after that is a one-off improv show called "Crash Test".

Can two shows share one event page or do I need two separate ones? And can I put a "sold out" banner on just one of the nights without taking the whole page offline?

Thanks so much
Bev, Tillbury Players"""),

    dict(n=23, signals="-", priority="low", trap="money-words", qt=0, reply=0,
         frm="Kelly Norris <kelly@littleacorns-nursery.example>",
         to="support@littlesteps-nursery.example",
         subject="sending one photo album to a whole room",
         body="""\
Hi! Not a problem, just a question :)

This half term our preschool room is doing a "Money and Shops" topic. The children run a pretend bakery with plastic coins and a toy till, they get paid pocket money in stickers, and they invented a secret password to get into the "bank" corner (it's "banana", don't tell anyone).

We'd love to share a photo album of it with all the parents at once instead of tagging every child separately. Is there a way to send one album to the whole Sunflower room? And can parents download the photos or only look at them?

Thanks, Miss Kelly
Little Acorns Nursery"""),

    dict(n=24, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Kevin Doyle <kev.doyle@homemail.example>",
         to="support@sunlink-monitor.example",
         subject="Re: monitoring portal not loading",
         body="""\
Yep all working again this morning, graphs are back. Thanks for sorting it so quick, have a good weekend

Kev

On Fri, 14 Mar 2025, 07:55 SunLink Support <support@sunlink-monitor.example> wrote:
> Hi Kevin, thanks for your patience. Our engineers have fixed the issue
> and the portal should be loading again now.
>
> On Thu, 13 Mar 2025, Kevin Doyle wrote:
> > the portal has been down since yesterday afternoon, just a spinning wheel
> > and then "service unavailable". app is dead too."""),
]
